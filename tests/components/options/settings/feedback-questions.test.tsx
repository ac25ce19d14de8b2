// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedbackQuestionsSection } from '../../../../components/options/settings/FeedbackQuestionsSection';
import { getDatabase } from '../../../../lib/db/database';
import { emptyDatabase } from '../../support';

beforeEach(emptyDatabase);
afterEach(cleanup);

describe('the feedback questions section', () => {
  it('adds a question through the store, refuses the same one twice next to the field, and archives it', async () => {
    render(<FeedbackQuestionsSection />);
    await screen.findByText(/No custom questions/);
    const question = screen.getByLabelText('Question');
    fireEvent.input(question, { target: { value: '  What did you try since last time?  ' } });
    fireEvent.change(screen.getByLabelText('Answer'), { target: { value: 'scale' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add question' }));
    const list = await screen.findByRole('list', { name: 'Feedback questions' });
    expect(list.textContent).toContain('What did you try since last time? (Scale from 1 to 5)');
    expect((question as HTMLInputElement).value).toBe('');

    fireEvent.input(question, { target: { value: 'what did you try since last time?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add question' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Question is already on the form');
    expect(question.getAttribute('aria-invalid')).toBe('true');
    expect(await getDatabase().feedbackQuestions.count()).toBe(1);

    fireEvent.click(within(list).getByRole('button', { name: /^Archive/ }));
    await screen.findByText(/is no longer asked; earlier answers are kept/);
    expect((await getDatabase().feedbackQuestions.toArray()).map((row) => row.archived)).toEqual([true]);
  });
});
