import { useState } from 'preact/hooks';
import type { GoalTemplate } from '../../../lib/model';
import { duplicateTemplate, listTemplates, setTemplateArchived } from '../../../lib/templates/library';
import { Button } from '../../shared/Button';
import { isolate } from '../../../lib/text/bidi';
import { EmptyState } from '../../shared/EmptyState';
import { ErrorMessage } from '../../shared/ErrorMessage';
import { messageOf } from '../../../lib/text/error-message';
import { useLiveQuery } from '../../shared/use-live-query';
import { ActionOutcome, Checkbox, Section, useAction } from '../ui';
import { TemplateForm } from './TemplateForm';
import { TemplateItem } from './TemplateItem';
import { TemplateTransfer } from './TemplateTransfer';

type Editing = { mode: 'new' } | { mode: 'edit'; template: GoalTemplate } | undefined;

export function TemplatesSection() {
  const templates = useLiveQuery(() => listTemplates({ includeArchived: true }), []);
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Editing>();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const action = useAction();

  const all = templates.status === 'ready' ? templates.value : [];
  const shown = all.filter((template) => showArchived || !template.archived);
  const archivedCount = all.filter((template) => template.archived).length;
  // Only what is on screen can be exported, so a hidden selection never sneaks into a file.
  const selectedIds = shown.filter((template) => selected.has(template.id)).map((template) => template.id);

  const select = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const duplicate = (template: GoalTemplate) =>
    action.run(async () => {
      const copy = await duplicateTemplate(template.id);
      setEditing({ mode: 'edit', template: copy });
      return `Duplicated “${isolate(template.name)}” as “${isolate(copy.name)}”; edit the copy below.`;
    });

  const archive = (template: GoalTemplate, archived: boolean) =>
    action.run(async () => {
      await setTemplateArchived(template.id, archived);
      return archived
        ? `Archived “${isolate(template.name)}”: it is no longer offered for new goals; goals made from it keep it.`
        : `“${isolate(template.name)}” is offered for new goals again.`;
    });

  return (
    <Section
      id="templates"
      title="Goal templates"
      intro="Templates give new goals a name, a description, milestones, questions to ask and success criteria. Programme coordinators can hand them out as JSON files."
    >
      <div class="toolbar row">
        <Button variant="primary" onClick={() => setEditing({ mode: 'new' })} disabled={editing?.mode === 'new'}>
          New template
        </Button>
        <Checkbox id="templates-show-archived" label={`Show archived (${archivedCount})`} checked={showArchived} onChange={setShowArchived} />
      </div>
      {editing && (
        <TemplateForm
          key={editing.mode === 'edit' ? editing.template.id : 'new'}
          template={editing.mode === 'edit' ? editing.template : undefined}
          onCancel={() => setEditing(undefined)}
          onSaved={(saved) => {
            setEditing(undefined);
            void action.run(async () => `Saved “${isolate(saved.name)}”.`);
          }}
        />
      )}
      <ActionOutcome status={action.status} />
      <TemplateTransfer selectedIds={selectedIds} />
      {templates.status === 'error' && <ErrorMessage title="The templates could not be read.">{messageOf(templates.error)}</ErrorMessage>}
      {templates.status === 'loading' && <p class="muted">Loading templates…</p>}
      {templates.status === 'ready' && shown.length === 0 && (
        <EmptyState title={all.length === 0 ? 'No templates yet' : 'Every template is archived'}>
          <p>{all.length === 0 ? 'Create one, or import a file from your programme coordinator.' : 'Tick “Show archived” to see them.'}</p>
        </EmptyState>
      )}
      {shown.length > 0 && (
        <ul class="item-list" aria-label="Goal templates">
          {shown.map((template) => (
            <TemplateItem
              key={template.id}
              template={template}
              selected={selected.has(template.id)}
              busy={action.busy}
              onSelect={(on) => select(template.id, on)}
              onEdit={() => setEditing({ mode: 'edit', template })}
              onDuplicate={() => void duplicate(template)}
              onArchive={(archived) => void archive(template, archived)}
            />
          ))}
        </ul>
      )}
    </Section>
  );
}
