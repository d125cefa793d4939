// An activity as clients receive it: unit and attendees by name, photos with short-lived URLs.

export interface ActivityView {
  id: string;
  kind: string;
  title: string;
  date: string;
  section: string | null;
  unit: { id: string; name: string } | null;
  participants: number;
  batches: number;
  attendees: { id: string; name: string }[];
  speaker: string;
  note: string;
  photos: { fileID: string; url: string }[];
  createdAt: string;
  updatedAt: string;
}
