// The setup cloud function as deployed to WeChat: run once from the console (docs/deploy.md), not in FUNCTIONS.
import { setupMain } from '../setupMain';

export const main = setupMain();
