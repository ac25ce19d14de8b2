// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PairingEditor } from '../../../../components/options/pairings/PairingEditor';
import { getDatabase } from '../../../../lib/db/database';
import { CADENCE_DAYS, myRoles, type Pairing } from '../../../../lib/model';
import { updateSettings } from '../../../../lib/settings/settings-store';
import { aGoalTemplate } from '../../../support/factories';
import { emptyDatabase } from '../../support';

beforeEach(emptyDatabase);
afterEach(cleanup);

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('the pairing editor', () => {
  it('shows each problem next to its labelled field, and saves nothing until the form is right', async () => {
    await updateSettings((settings) => ({ ...settings, selfEmail: 'jordan.lee@corp.example' }));
    const saved = vi.fn();
    render(<PairingEditor onSaved={saved} onCancel={() => {}} />);
    await screen.findByLabelText('Title');
    type('Cadence (days)', '400');
    type('Person 1 e-mail', 'Jordan.Lee@corp.example');
    fireEvent.click(screen.getByRole('button', { name: 'Create pairing' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Nothing was saved.');
    const cadence = screen.getByLabelText('Cadence (days)');
    expect(cadence.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(cadence.getAttribute('aria-describedby')!.split(' ').pop()!)?.textContent).toBe(
      `Cadence (days) must be a whole number from ${CADENCE_DAYS.min} to ${CADENCE_DAYS.max}`,
    );
    expect(screen.getByLabelText('Person 1 e-mail').getAttribute('aria-invalid')).toBe('true');
    expect(alert.textContent).toContain('Person 1 e-mail is your own address');
    expect(alert.textContent).toContain('Title must not be empty');
    expect(alert.textContent).toContain('Person 1 name must not be empty');
    expect(saved).not.toHaveBeenCalled();
    expect(await getDatabase().pairings.count()).toBe(0);
  });

  it('offers the model’s roles and creates the pairing, with a goal from a template', async () => {
    await getDatabase().goalTemplates.put(aGoalTemplate({ id: 't-listen', name: 'Listening' }));
    const saved = vi.fn<(pairing: Pairing, created: boolean) => void>();
    render(<PairingEditor onSaved={saved} onCancel={() => {}} />);
    const role = (await screen.findByLabelText('My role')) as HTMLSelectElement;
    expect(Array.from(role.options).map((option) => option.value)).toEqual([...myRoles]);
    type('Title', 'Lena mentoring');
    type('Person 1 name', 'Lena Brandt');
    type('Person 1 e-mail', ' Lena.Brandt@Corp.Example ');
    fireEvent.change(role, { target: { value: 'mentee' } });
    await screen.findByRole('option', { name: /Listening/ });
    fireEvent.change(screen.getByLabelText('New goal from'), { target: { value: 't-listen' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add goal' }));
    expect((screen.getByLabelText('Goal 1 title') as HTMLInputElement).value).toBe('Listening');
    fireEvent.click(screen.getByRole('button', { name: 'Create pairing' }));

    await waitFor(() => expect(saved).toHaveBeenCalled());
    const [pairing, created] = saved.mock.calls[0]!;
    expect(created).toBe(true);
    expect(pairing).toMatchObject({ title: 'Lena mentoring', myRole: 'mentee', participants: [{ name: 'Lena Brandt', email: 'lena.brandt@corp.example' }] });
    const goals = await getDatabase().goals.where('pairingId').equals(pairing.id).toArray();
    expect(goals.map((goal) => [goal.title, goal.owner, goal.templateId])).toEqual([['Listening', 'me', 't-listen']]);
  });
});
