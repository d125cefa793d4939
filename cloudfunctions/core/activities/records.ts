// An activity of the 宣传活动台账 as the store keeps it; trainings are the activities of kind 业务培训.

export interface ActivityRecord {
  id: string;
  townshipId: string;
  /** One of the township's activity kinds (ACTIVITY_KINDS). */
  kind: string;
  title: string;
  /** YYYY-MM-DD, Asia/Shanghai. */
  date: string;
  /** The highlight section of the summary it belongs to, or null. */
  section: string | null;
  /** The organising unit, or null when the township's office organised it. */
  unitId: string | null;
  /** People who took part, named or not (领导干部XX人, 全体XX名职工). */
  participants: number;
  /** 分几批: 1 for a single session. */
  batches: number;
  /** Named attendees (accounts of the township), mostly for trainings; may be fewer than `participants`. */
  attendeeIds: string[];
  /** Who spoke or led it (a training's trainer); '' when nobody is named. */
  speaker: string;
  note: string;
  photos: string[];
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}
