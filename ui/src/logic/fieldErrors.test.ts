import { describe, expect, test } from 'vitest';
import type { FileIssue } from '../api';
import { byKey, fieldErrorsOf, firstAtFault, withoutField, type FieldErrors } from './fieldErrors';

const issue = (path: string, message: string): FileIssue => ({ path, line: null, column: null, message });

describe('the fields a refused call names', () => {
  test('a field key of the core becomes the form field, with its message', () => {
    const fieldOf = byKey({ organisation: 'org', title: 'title' } as const);
    expect(fieldErrorsOf([issue('organisation', 'The organisation name is empty.')], fieldOf)).toEqual({
      org: 'The organisation name is empty.',
    });
  });

  test('issues of no field of this form are left out; the first per field wins', () => {
    const fieldOf = byKey({ actionDue: 'due' } as const);
    expect(
      fieldErrorsOf(
        [issue('actionOwner', 'not here'), issue('actionDue', 'first'), issue('actionDue', 'second')],
        fieldOf,
      ),
    ).toEqual({ due: 'first' });
    expect(fieldErrorsOf([], fieldOf)).toEqual({});
  });

  test('every JSON path of a file can belong to the one file field', () => {
    const fieldOf = (path: string) => (path === 'organisation' ? 'organisation' : 'questionnaire');
    expect(fieldErrorsOf([issue('dimensions[0].questions[1].anchors[4]', 'cut short')], fieldOf)).toEqual({
      questionnaire: 'cut short',
    });
  });
});

describe('where focus goes', () => {
  const order = ['organisation', 'title', 'departments'] as const;
  test('the first field at fault in the form order, not in the order found', () => {
    expect(firstAtFault({ departments: 'd', title: 't' }, order)).toBe('title');
    expect(firstAtFault({}, order)).toBeNull();
  });

  test('a field put right leaves the others as they are', () => {
    const errors: FieldErrors<(typeof order)[number]> = { title: 't', departments: 'd' };
    expect(withoutField(errors, 'title')).toEqual({ departments: 'd' });
    expect(withoutField(errors, 'organisation')).toBe(errors);
  });
});
