// The vocabulary the MAIN package needs, taken straight from core/vocabulary.ts (plain constants).
// Importing a value from '@core' would pull every schema and zod into the main package; subpackages may.
export { LEAD_STATUS_LABELS, ROLE_LABELS } from '@core/vocabulary';
