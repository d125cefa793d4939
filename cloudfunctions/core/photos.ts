// A stored photo as clients receive it: its fileID and a short-lived signed URL.

export interface PhotoView {
  fileID: string;
  url: string;
}

export const photoViews = (ids: string[], urls: Map<string, string>): PhotoView[] =>
  ids.map((fileID) => ({ fileID, url: urls.get(fileID) ?? '' }));
