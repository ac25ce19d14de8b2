import { useState } from 'preact/hooks';
import type { TemplateConflict, TemplateConflictChoice } from '../../../lib/templates/library-import';
import { Button } from '../../shared/Button';
import { RadioGroup } from '../../shared/RadioGroup';
import { plural } from '../../shared/format';
import { StatusLine, domId } from '../ui';

const choiceOptions: { value: TemplateConflictChoice; label: string }[] = [
  { value: 'keep-mine', label: 'Keep mine' },
  { value: 'replace', label: 'Replace with the file’s' },
  { value: 'keep-both', label: 'Keep both' },
];

interface TemplateImportChoicesProps {
  fileName: string;
  conflicts: TemplateConflict[];
  busy: boolean;
  onImport: (choices: Record<string, TemplateConflictChoice>) => void;
  onCancel: () => void;
}

/** Templates of the file that would overwrite the user's own: nothing is imported until each is decided. */
export function TemplateImportChoices({ fileName, conflicts, busy, onImport, onCancel }: TemplateImportChoicesProps) {
  const [choices, setChoices] = useState<Record<string, TemplateConflictChoice>>(() =>
    Object.fromEntries(conflicts.map((conflict) => [conflict.id, 'keep-mine'])),
  );
  return (
    <div class="import-choices" role="group" aria-labelledby="import-choices-heading">
      <StatusLine>
        Nothing imported yet from “<bdi>{fileName}</bdi>”: {plural(conflicts.length, 'template')} in it would replace yours.
      </StatusLine>
      <h4 id="import-choices-heading">Your templates that the file changes</h4>
      {conflicts.map((conflict) => (
        <RadioGroup
          key={conflict.id}
          id={domId('import-choice', conflict.id)}
          legend={
            <>
              Your “<bdi>{conflict.mine}</bdi>”
              {conflict.theirs !== conflict.mine && (
                <>
                  {' '}
                  (in the file: “<bdi>{conflict.theirs}</bdi>”)
                </>
              )}
            </>
          }
          hint={`The file's version differs in: ${conflict.differences.join(', ')}.`}
          options={choiceOptions}
          value={choices[conflict.id]}
          onChange={(choice) => setChoices({ ...choices, [conflict.id]: choice })}
        />
      ))}
      <div class="row">
        <Button variant="primary" disabled={busy} onClick={() => onImport(choices)}>
          Import with these choices
        </Button>
        <Button disabled={busy} onClick={onCancel}>
          Cancel the import
        </Button>
      </div>
    </div>
  );
}
