// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TemplateTransfer } from '../../../../components/options/templates/TemplateTransfer';
import { getDatabase } from '../../../../lib/db/database';
import { aGoalTemplate } from '../../../support/factories';
import { emptyDatabase } from '../../support';

beforeEach(emptyDatabase);
afterEach(cleanup);

const mine = aGoalTemplate({ id: 'programme-listening', name: 'Listening', description: 'My own wording.' });
const file = () =>
  new File(
    [JSON.stringify({ format: 'mentoring-companion/goal-templates', version: 1, templates: [{ ...mine, description: 'The programme’s wording.' }] })],
    'programme.json',
    { type: 'application/json' },
  );

async function chooseFile(): Promise<void> {
  fireEvent.change(screen.getByLabelText('Import templates from a JSON file'), { target: { files: [file()] } });
  await screen.findByRole('group', { name: 'Your templates that the file changes' });
}

describe('importing templates over the user’s own', () => {
  it('asks for each template and replaces it only when told to', async () => {
    await getDatabase().goalTemplates.put(mine);
    render(<TemplateTransfer selectedIds={[]} />);
    await chooseFile();
    expect(screen.getByText(/Nothing imported yet from/).textContent).toContain('1 template in it would replace yours');
    expect(screen.getByText(/differs in: Description/)).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Keep mine' }) as HTMLInputElement).checked).toBe(true);
    expect((await getDatabase().goalTemplates.get(mine.id))?.description).toBe('My own wording.');

    fireEvent.click(screen.getByRole('radio', { name: 'Replace with the file’s' }));
    fireEvent.click(screen.getByRole('button', { name: 'Import with these choices' }));
    await screen.findByText(/updated \(replaced your version\)/);
    expect((await getDatabase().goalTemplates.get(mine.id))?.description).toBe('The programme’s wording.');
  });

  it('changes nothing when the import is cancelled', async () => {
    await getDatabase().goalTemplates.put(mine);
    render(<TemplateTransfer selectedIds={[]} />);
    await chooseFile();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel the import' }));
    await screen.findByText(/your templates are as they were/);
    await waitFor(async () => expect(await getDatabase().goalTemplates.toArray()).toEqual([mine]));
  });
});
