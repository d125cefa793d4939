// An export as the store keeps it: requested once, built in the background, its file named when done.
import type { ExportFormat } from './schemas';

export interface ExportJobRecord {
  id: string;
  townshipId: string;
  requestedBy: string;
  from: string;
  to: string;
  format: ExportFormat;
  /** Same township, period, format, title and text: a running or finished job is reused instead of started again. */
  key: string;
  status: 'running' | 'done' | 'failed';
  progress: number;
  fileID: string | null;
  fileName: string | null;
  error: string | null;
  createdAt: string;
  updatedAt: string;
}
