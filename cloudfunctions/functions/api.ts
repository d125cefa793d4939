// The app's view of the functions: every payload and result type derived from the tables, nothing restated.
// The app imports this with `import type` only (a unit test checks it), so no server code reaches its bundle.
import type { PayloadOf, ResultOf } from '../core/runtime';
import type { FUNCTIONS } from './index';

type Functions = typeof FUNCTIONS;

export type FnName = keyof Functions;
export type ActionName<F extends FnName> = keyof Functions[F]['actions'] & string;
type Def<F extends FnName, A extends ActionName<F>> = Functions[F]['actions'][A];
/** What the app sends: the schema's input (optional fields may be left out, text is trimmed on the server). */
export type Payload<F extends FnName, A extends ActionName<F>> = PayloadOf<Def<F, A>>;
/** What the action's service answers. */
export type Result<F extends FnName, A extends ActionName<F>> = ResultOf<Def<F, A>>;
