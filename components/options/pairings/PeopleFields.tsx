import type { PairingForm } from '../../../lib/pairings/pairing-form';
import type { FieldError } from '../../../lib/forms/field-errors';
import { Button } from '../../shared/Button';
import { ErrorText, Field } from '../../shared/Field';
import { errorFor } from '../ui';

type People = PairingForm['people'];

/** Name and e-mail rows for the other side of the pairing; detection recognises them by e-mail. */
export function PeopleFields({ people, errors, onChange }: { people: People; errors: FieldError[]; onChange: (people: People) => void }) {
  const update = (index: number, key: 'name' | 'email', value: string) =>
    onChange(people.map((person, row) => (row === index ? { ...person, [key]: value } : person)));
  const groupError = errorFor(errors, 'people');
  return (
    <fieldset aria-describedby="pairing-people-hint">
      <legend>People</legend>
      <p id="pairing-people-hint" class="hint">
        The other side of the pairing, not you. Their calendar e-mail lets the extension recognise your sessions.
      </p>
      {groupError && <ErrorText>{groupError}</ErrorText>}
      <ol class="people-rows">
        {people.map((person, index) => (
          <li key={index} class="person-row">
            <Field id={`pairing-person-${index}-name`} label={`Person ${index + 1} name`} error={errorFor(errors, `people.${index}.name`)}>
              <input type="text" dir="auto" value={person.name} autoComplete="off" onInput={(e) => update(index, 'name', e.currentTarget.value)} />
            </Field>
            <Field id={`pairing-person-${index}-email`} label={`Person ${index + 1} e-mail`} error={errorFor(errors, `people.${index}.email`)}>
              <input type="email" dir="auto" value={person.email} autoComplete="off" onInput={(e) => update(index, 'email', e.currentTarget.value)} />
            </Field>
            {people.length > 1 && (
              <Button variant="quiet" class="person-remove" onClick={() => onChange(people.filter((_, row) => row !== index))}>
                Remove<span class="sr-only"> person {index + 1}</span>
              </Button>
            )}
          </li>
        ))}
      </ol>
      <Button onClick={() => onChange([...people, { name: '', email: '' }])}>Add person</Button>
    </fieldset>
  );
}
