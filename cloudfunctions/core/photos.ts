// A stored photo as clients receive it: its fileID and a short-lived signed URL.

export interface PhotoView {
  fileID: string;
  url: string;
  /** Editors only, and only when the photo did not simply pass: its verdict and since when (the age of a wait). */
  moderation?: { state: 'review' | 'risky' | 'pending'; reasons: string[]; since: string };
}

export const photoViews = (ids: string[], urls: Map<string, string>): PhotoView[] =>
  ids.map((fileID) => ({ fileID, url: urls.get(fileID) ?? '' }));
