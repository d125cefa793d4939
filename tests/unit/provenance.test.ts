// provenance(): an edit keeps whose the record is and when it was made; a new record is the caller's, made now.
import { provenance } from '../../cloudfunctions/core/provenance';

const caller = { id: 'a_editor2', townshipId: 't_demo' };
const ids = { newId: () => 'p_new' };

test('a new record gets a fresh id, the caller as maker, the given time and the caller’s township', () => {
  expect(provenance(ids, caller, null, '2026-06-01T00:00:00.000Z')).toEqual({
    id: 'p_new',
    townshipId: 't_demo',
    createdBy: 'a_editor2',
    createdAt: '2026-06-01T00:00:00.000Z',
  });
});

test('an edit by another editor keeps the id, the maker and the creation time', () => {
  const replaced = { id: 'p_old', createdBy: 'a_editor', createdAt: '2026-01-01T00:00:00.000Z' };
  const newId = jest.fn(() => 'p_new');
  expect(provenance({ newId }, caller, replaced, '2026-06-01T00:00:00.000Z')).toEqual({
    id: 'p_old',
    townshipId: 't_demo',
    createdBy: 'a_editor',
    createdAt: '2026-01-01T00:00:00.000Z',
  });
  expect(newId).not.toHaveBeenCalled();
});
