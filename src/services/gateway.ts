// The shape both platform gateways (cloud.weapp.ts, cloud.h5.ts) implement, typed by the function tables.
// `@api` exists for types only (no bundler alias): a value import from it would fail the build, as it should.
import type { ActionName, FnName, Payload, Result } from '@api';
import type { LoginResult, RedeemInviteInput } from '@core';

export type CallGateway = <F extends FnName, A extends ActionName<F>>(
  fn: F,
  action: A,
  payload: Payload<F, A>,
) => Promise<Result<F, A>>;

/** A stored photo: `fileID` goes into payloads, `url` shows it on this device right away. */
export interface Uploaded {
  fileID: string;
  url: string;
}

export interface UploadOptions {
  /**
   * Names the photo for the server: the same uploader uploading again under the same key overwrites the same stored
   * file (same fileID) instead of adding one. The outbox uses `<clientId>-<index>`.
   */
  key?: string;
  /** An admin's .xlsx for an import: sent as it is, never shrunk as a photo. */
  spreadsheet?: boolean;
}

/** `onProgress` receives whole percents, 0–100. */
export type UploadGateway = (
  filePath: string,
  onProgress?: (percent: number) => void,
  options?: UploadOptions,
) => Promise<Uploaded>;

/** Username + password login: only the local host (H5) has it; WeChat knows the caller already. */
export type LoginGateway = (username: string, password: string) => Promise<LoginResult>;

/** An invite code turned into a username-and-password account, logged in: local host (H5) only, like login. */
export type RedeemGateway = (input: RedeemInviteInput) => Promise<LoginResult>;
