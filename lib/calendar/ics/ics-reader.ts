import ICAL from 'ical.js';
import { IcsFormatError, type IcsSkip } from './ics-errors';
import { messageOf } from '../../text/error-message';

export { IcsFormatError, type IcsSkip };

export type IcalComponent = InstanceType<typeof ICAL.Component>;

export interface IcsCalendar {
  /** The VCALENDAR, holding every readable VTIMEZONE and VEVENT, so TZIDs resolve against the file's own zones. */
  root: IcalComponent;
  /** X-WR-CALNAME, the name calendar applications give the calendar. */
  name?: string;
  /** X-WR-TIMEZONE, the calendar's default zone (used for floating times). */
  timeZone?: string;
  events: IcalComponent[];
  skipped: IcsSkip[];
}

interface Block {
  name: string;
  firstLine: number;
  lines: string[];
}

/**
 * Reads an iCalendar text. The file's structure (BEGIN/END nesting) must be sound, or the whole
 * file is refused: a truncated download must never replace a calendar with half of it. Within a
 * sound file each VEVENT is parsed on its own, so one unreadable event (a broken RRULE, a bad
 * value) is skipped with its reason while the others import.
 */
export function readIcs(text: string): IcsCalendar {
  const { header, blocks } = splitComponents(text);
  let root: IcalComponent;
  try {
    root = new ICAL.Component(ICAL.parse(['BEGIN:VCALENDAR', ...header, 'END:VCALENDAR'].join('\r\n')));
  } catch (error) {
    throw new IcsFormatError(`The calendar's header could not be read: ${messageOf(error)}`);
  }
  const skipped: IcsSkip[] = [];
  for (const block of blocks) {
    if (block.name !== 'VEVENT' && block.name !== 'VTIMEZONE') continue;
    try {
      root.addSubcomponent(new ICAL.Component(ICAL.parse(block.lines.join('\r\n'))));
    } catch (error) {
      const title = propertyOf(block, 'SUMMARY') ?? propertyOf(block, 'TZID');
      const what = block.name === 'VTIMEZONE' ? 'Time zone' : 'Event';
      skipped.push({
        eventId: propertyOf(block, 'UID') ?? `${block.name} at line ${block.firstLine}`,
        reason: `${what}${title ? ` "${title.slice(0, 80)}"` : ''} at line ${block.firstLine} could not be read: ${messageOf(error)}`,
      });
    }
  }
  return {
    root,
    name: textValue(root, 'x-wr-calname'),
    timeZone: textValue(root, 'x-wr-timezone'),
    events: root.getAllSubcomponents('vevent'),
    skipped,
  };
}

function splitComponents(text: string): { header: string[]; blocks: Block[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const firstContent = lines.findIndex((line) => line.trim() !== '');
  if (firstContent < 0) throw new IcsFormatError('The file is empty.');
  if (lines[firstContent]!.trim().toUpperCase() !== 'BEGIN:VCALENDAR') {
    throw new IcsFormatError('This is not an iCalendar file: it does not begin with BEGIN:VCALENDAR.');
  }
  const header: string[] = [];
  const blocks: Block[] = [];
  const open: { name: string; line: number }[] = [];
  let calendars = 0;
  let current: Block | undefined;

  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    const marker = /^(BEGIN|END):([A-Za-z0-9-]+)\s*$/.exec(line);
    if (!marker) {
      if (line.trim() === '') return;
      if (open.length === 0) throw new IcsFormatError(`Line ${lineNumber} lies outside BEGIN:VCALENDAR … END:VCALENDAR.`);
      // Only the first calendar's own properties describe it; later calendars contribute their components.
      if (current) current.lines.push(line);
      else if (calendars === 1) header.push(line);
      return;
    }
    const name = marker[2]!.toUpperCase();
    if (marker[1]!.toUpperCase() === 'BEGIN') {
      if (open.length === 0) {
        if (name !== 'VCALENDAR') {
          throw new IcsFormatError(`Line ${lineNumber}: BEGIN:${name} lies outside BEGIN:VCALENDAR … END:VCALENDAR.`);
        }
        calendars += 1;
      } else if (open.length === 1) {
        current = { name, firstLine: lineNumber, lines: [line] };
        blocks.push(current);
      } else {
        current?.lines.push(line);
      }
      open.push({ name, line: lineNumber });
      return;
    }
    const innermost = open[open.length - 1];
    if (!innermost) throw new IcsFormatError(`Line ${lineNumber}: END:${name} has no matching BEGIN.`);
    if (innermost.name !== name) {
      throw new IcsFormatError(
        `Line ${lineNumber}: END:${name} does not close BEGIN:${innermost.name} from line ${innermost.line}.`,
      );
    }
    open.pop();
    if (current) {
      current.lines.push(line);
      if (open.length === 1) current = undefined;
    }
  });

  const innermost = open[open.length - 1];
  if (innermost) {
    throw new IcsFormatError(
      `The file ends inside BEGIN:${innermost.name} from line ${innermost.line}: it is incomplete (perhaps cut off while downloading).`,
    );
  }
  return { header, blocks };
}

/** A property's raw value, read from the lines themselves: for naming a block ical.js could not parse. */
function propertyOf(block: Block, name: string): string | undefined {
  const line = block.lines.find((candidate) => candidate.toUpperCase().startsWith(`${name};`) || candidate.toUpperCase().startsWith(`${name}:`));
  const value = line?.slice(line.indexOf(':') + 1).trim();
  return value ? value.slice(0, 1_024) : undefined;
}

function textValue(component: IcalComponent, name: string): string | undefined {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
