// A training as clients receive it: attendees by name.

export interface TrainingView {
  id: string;
  topic: string;
  date: string;
  trainer: string;
  attendees: { id: string; name: string }[];
  createdAt: string;
  updatedAt: string;
}
