import { useState } from 'preact/hooks';
import { emailSchema } from '../../lib/model';
import { updateSettings } from '../../lib/settings/settings-store';
import { Button } from '../shared/Button';
import { messageOf } from '../../lib/text/error-message';
import { Field } from '../shared/Field';

/**
 * The recap file names me by my address (their pairing lists me by it). Without one stored yet, the
 * user gives it here once; it is saved as their own address, which detection uses too.
 */
export function RecapFileForm({ selfEmail, onSaved, onDownload }: { selfEmail?: string; onSaved: (email: string) => void; onDownload: (email: string) => void }) {
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string>();
  if (selfEmail) {
    return <Button onClick={() => onDownload(selfEmail)}>Download recap file for the other side</Button>;
  }
  async function save(event: Event) {
    event.preventDefault();
    const parsed = emailSchema.safeParse(email);
    if (!parsed.success) return setError('Your e-mail address must be an e-mail address.');
    try {
      await updateSettings((settings) => ({ ...settings, selfEmail: parsed.data }));
      onSaved(parsed.data);
      onDownload(parsed.data);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }
  return (
    <form onSubmit={(event) => void save(event)} noValidate>
      <Field id="recap-self-email" label="Your e-mail address" hint="The other side’s pairing knows you by it; it is saved as your own address." error={error}>
        <input type="email" autoComplete="email" value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
      </Field>
      <Button type="submit">Save address and download recap file</Button>
    </form>
  );
}
