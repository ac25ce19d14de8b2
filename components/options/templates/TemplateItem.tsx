import { useState } from 'preact/hooks';
import type { GoalTemplate } from '../../../lib/model';
import { goalCategoryLabels } from '../../../lib/templates/library';
import { Button } from '../../shared/Button';
import { domId } from '../ui';

interface TemplateItemProps {
  template: GoalTemplate;
  selected: boolean;
  busy: boolean;
  onSelect: (selected: boolean) => void;
  onEdit: () => void;
  onDuplicate: () => void;
  onArchive: (archived: boolean) => void;
}

/** One template in the list: what it is at a glance, its contents on demand, and what can be done with it. */
export function TemplateItem({ template, selected, busy, onSelect, onEdit, onDuplicate, onArchive }: TemplateItemProps) {
  const [open, setOpen] = useState(false);
  const detailsId = domId('template-details', template.id);
  return (
    <li class={`list-item compact${template.archived ? ' is-archived' : ''}`}>
      <div class="item-head">
        <input
          type="checkbox"
          id={domId('template-select', template.id)}
          checked={selected}
          onChange={(e) => onSelect(e.currentTarget.checked)}
          aria-label={`Select “${template.name}” for export`}
        />
        <div class="item-title">
          <h3 class="template-name" dir="auto">{template.name}</h3>
          <div class="row">
            <span class="muted">{goalCategoryLabels[template.category]}</span>
            {template.builtIn && <span class="badge">Built-in</span>}
            {template.archived && <span class="badge badge-warn">Archived</span>}
          </div>
        </div>
      </div>
      <div class="row item-actions">
        <Button variant="quiet" aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen(!open)}>
          {open ? 'Hide details' : 'Details'}
          <span class="sr-only"> of “<bdi>{template.name}</bdi>”</span>
        </Button>
        {!template.builtIn && (
          <Button variant="quiet" onClick={onEdit} disabled={busy}>
            Edit<span class="sr-only"> “<bdi>{template.name}</bdi>”</span>
          </Button>
        )}
        <Button variant="quiet" onClick={onDuplicate} disabled={busy} title={template.builtIn ? 'Built-in templates are not edited: duplicate one to make your own version' : undefined}>
          {template.builtIn ? 'Duplicate to edit' : 'Duplicate'}
          <span class="sr-only"> “<bdi>{template.name}</bdi>”</span>
        </Button>
        <Button variant="quiet" onClick={() => onArchive(!template.archived)} disabled={busy}>
          {template.archived ? 'Unarchive' : 'Archive'}
          <span class="sr-only"> “<bdi>{template.name}</bdi>”</span>
        </Button>
      </div>
      {open && (
        <div id={detailsId} class="item-details">
          <p class="pre-wrap" dir="auto">
            {template.description}
          </p>
          <TextList title="Default milestones" items={template.defaultMilestones} />
          <TextList title="Suggested questions" items={template.suggestedQuestions} />
          <TextList title="Success criteria" items={template.successCriteria} />
        </div>
      )}
    </li>
  );
}

function TextList({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul class="bullets">
        {items.map((item, index) => (
          <li key={index} dir="auto">
            {item}
          </li>
        ))}
      </ul>
    </>
  );
}
