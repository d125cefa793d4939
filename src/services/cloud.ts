// The ONE gateway pages use. Taro's build picks cloud.weapp.ts or cloud.h5.ts for its target instead of
// this file; TypeScript and tests see this one, which names the contract and refuses to run elsewhere.
import { CloudError } from './envelope';
import type { CallGateway, LoginGateway, RedeemGateway, UploadGateway } from './gateway';

export { CloudError } from './envelope';
export type { Uploaded, UploadOptions } from './gateway';

const unsupported = () => Promise.reject(new CloudError('INTERNAL', '当前平台不支持此功能'));

export const call: CallGateway = () => unsupported();
export const upload: UploadGateway = () => unsupported();
export const login: LoginGateway = () => unsupported();
export const redeemInvite: RedeemGateway = () => unsupported();
