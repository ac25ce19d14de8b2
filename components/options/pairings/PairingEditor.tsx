import { useEffect, useRef, useState } from 'preact/hooks';
import { CADENCE_DAYS, myRoles, pairingStatuses, pairingTypes, type MyRole, type Pairing, type PairingStatus, type PairingType } from '../../../lib/model';
import { blankGoalForm, defaultGoalOwner, goalFormFromTemplate } from '../../../lib/pairings/goal-form';
import { emptyPairingForm, pairingToForm, parsePairingForm, type PairingForm } from '../../../lib/pairings/pairing-form';
import { myRoleLabels, pairingStatusLabels, pairingTypeLabels } from '../../../lib/pairings/pairing-labels';
import { loadPairing, savePairing } from '../../../lib/pairings/pairing-store';
import { getSettings } from '../../../lib/settings/settings-store';
import { listTemplates } from '../../../lib/templates/library';
import type { FieldError } from '../../../lib/forms/field-errors';
import { Button } from '../../shared/Button';
import { isolate } from '../../../lib/text/bidi';
import { ErrorMessage } from '../../shared/ErrorMessage';
import { messageOf } from '../../../lib/text/error-message';
import { Field } from '../../shared/Field';
import { useLiveQuery } from '../../shared/use-live-query';
import { FormErrors, NumberInput, domId, errorFor } from '../ui';
import { GoalFields } from './GoalFields';
import { LinkedSeriesList } from './LinkedSeriesList';
import { PeopleFields } from './PeopleFields';

interface PairingEditorProps {
  /** The pairing to edit; none for a new one. */
  pairingId?: string;
  onSaved: (pairing: Pairing, created: boolean) => void;
  onCancel: () => void;
}

export function PairingEditor({ pairingId, onSaved, onCancel }: PairingEditorProps) {
  const [form, setForm] = useState<PairingForm | undefined>(pairingId ? undefined : emptyPairingForm());
  const [loadError, setLoadError] = useState<string>();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [templateToAdd, setTemplateToAdd] = useState('');
  const [storedTitle, setStoredTitle] = useState('');
  const templates = useLiveQuery(() => listTemplates({ includeArchived: true }), []);
  const titleInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!pairingId) return;
    loadPairing(pairingId)
      .then((loaded) => {
        if (!loaded) return setLoadError('This pairing no longer exists.');
        setStoredTitle(loaded.pairing.title);
        setForm(pairingToForm(loaded.pairing, loaded.goals));
      })
      .catch((error: unknown) => setLoadError(messageOf(error)));
  }, [pairingId]);
  const loaded = form !== undefined;
  useEffect(() => {
    if (loaded) titleInput.current?.focus();
  }, [loaded]);

  if (loadError) return <ErrorMessage title="The pairing could not be opened.">{loadError}</ErrorMessage>;
  if (!form) return <p class="muted">Loading the pairing…</p>;

  const update = (change: Partial<PairingForm>) => setForm({ ...form, ...change });
  const allTemplates = templates.status === 'ready' ? templates.value : [];
  const offered = allTemplates.filter((template) => !template.archived);
  const idPrefix = pairingId ? domId('pairing', pairingId) : 'pairing-new';

  function addGoal() {
    if (!form) return;
    const owner = defaultGoalOwner(form.myRole);
    const template = offered.find((candidate) => candidate.id === templateToAdd);
    update({ goals: [...form.goals, template ? goalFormFromTemplate(template, owner) : blankGoalForm(owner)] });
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (!form) return;
    setFailure(undefined);
    // Read now rather than from a live query that may not have answered yet: the user is never their own partner.
    const { selfEmail } = await getSettings();
    const parsed = parsePairingForm(form, selfEmail ? { selfEmail } : {});
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors([]);
    setSaving(true);
    try {
      onSaved(await savePairing(parsed.value, pairingId), pairingId === undefined);
    } catch (error) {
      setFailure(messageOf(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form class="editor" onSubmit={submit} aria-labelledby={`${idPrefix}-heading`} noValidate>
      <h3 id={`${idPrefix}-heading`}>{pairingId ? <>Edit “<bdi>{storedTitle}</bdi>”</> : 'New pairing'}</h3>
      <FormErrors errors={errors} />
      {failure && <ErrorMessage title="Nothing was saved.">{failure}</ErrorMessage>}
      <div class="grid-2">
        <Field id={`${idPrefix}-title`} label="Title" error={errorFor(errors, 'title')}>
          <input ref={titleInput} type="text" dir="auto" value={form.title} onInput={(e) => update({ title: e.currentTarget.value })} />
        </Field>
        <Field id={`${idPrefix}-type`} label="Type" error={errorFor(errors, 'type')}>
          <select value={form.type} onChange={(e) => update({ type: e.currentTarget.value as PairingType })}>
            {pairingTypes.map((type) => (
              <option key={type} value={type}>
                {pairingTypeLabels[type]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${idPrefix}-role`} label="My role" error={errorFor(errors, 'myRole')}>
          <select value={form.myRole} onChange={(e) => update({ myRole: e.currentTarget.value as MyRole })}>
            {myRoles.map((role) => (
              <option key={role} value={role}>
                {myRoleLabels[role]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${idPrefix}-status`} label="Status" error={errorFor(errors, 'status')}>
          <select value={form.status} onChange={(e) => update({ status: e.currentTarget.value as PairingStatus })}>
            {pairingStatuses.map((status) => (
              <option key={status} value={status}>
                {pairingStatusLabels[status]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${idPrefix}-cadence`} label="Cadence (days)" hint={`The agreed time between sessions, from ${CADENCE_DAYS.min} to ${CADENCE_DAYS.max} days: 14 is every two weeks.`} error={errorFor(errors, 'cadenceDays')}>
          <NumberInput bounds={CADENCE_DAYS} value={form.cadenceDays} onInput={(cadenceDays) => update({ cadenceDays })} />
        </Field>
      </div>
      <PeopleFields people={form.people} errors={errors} onChange={(people) => update({ people })} />
      <Field
        id={`${idPrefix}-keywords`}
        label="Keywords"
        hint="Words this pairing's calendar events use (comma or one per line), e.g. a programme name. They help detection find its sessions."
        error={errorFor(errors, 'keywordsText')}
      >
        <textarea rows={2} dir="auto" value={form.keywordsText} onInput={(e) => update({ keywordsText: e.currentTarget.value })} />
      </Field>
      {pairingId && (
        <LinkedSeriesList
          seriesIds={form.seriesIds}
          unlinked={form.unlinkSeriesIds}
          onToggle={(seriesId, unlink) =>
            update({ unlinkSeriesIds: unlink ? [...form.unlinkSeriesIds, seriesId] : form.unlinkSeriesIds.filter((id) => id !== seriesId) })
          }
        />
      )}
      <fieldset>
        <legend>Goals</legend>
        {form.goals.length === 0 && <p class="hint">No goals yet. Add one from a template or start from a blank goal.</p>}
        {form.goals.map((goal, index) => (
          <GoalFields
            key={goal.key}
            goal={goal}
            index={index}
            errors={errors}
            templateName={allTemplates.find((template) => template.id === goal.templateId)?.name}
            onChange={(next) => update({ goals: form.goals.map((candidate) => (candidate.key === goal.key ? next : candidate)) })}
            onRemove={() => update({ goals: form.goals.filter((candidate) => candidate.key !== goal.key) })}
          />
        ))}
        <div class="row add-goal">
          <label for={`${idPrefix}-goal-template`}>New goal from</label>
          <select id={`${idPrefix}-goal-template`} class="auto-width" value={templateToAdd} onChange={(e) => setTemplateToAdd(e.currentTarget.value)}>
            <option value="">a blank goal</option>
            {offered.map((template) => (
              <option key={template.id} value={template.id}>
                the template “{isolate(template.name)}”
              </option>
            ))}
          </select>
          <Button onClick={addGoal}>Add goal</Button>
        </div>
      </fieldset>
      <div class="row">
        <Button type="submit" variant="primary" disabled={saving}>
          {pairingId ? 'Save pairing' : 'Create pairing'}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
