import { describe, expect, it } from 'vitest';
import { calendarMatches, decodeEventElementId, eidOfHtmlLink } from '../../lib/google-pages/event-element-id';

/** Base64 as Google writes eids: no padding, optionally the URL-safe alphabet. */
const eid = (text: string, urlSafe = false) => {
  const plain = btoa(text).replace(/=+$/, '');
  return urlSafe ? plain.replace(/\+/g, '-').replace(/\//g, '_') : plain;
};

describe('decodeEventElementId', () => {
  it('reads the event id and the calendar of a data-eventid (an htmlLink eid)', () => {
    // The eid of a real htmlLink: "6lpl6u6va7p8u7vb7g34c2icoo_20221002T080000Z testforapi09@m".
    expect(decodeEventElementId('NmxwbDZ1NnZhN3A4dTd2YjdnMzRjMmljb29fMjAyMjEwMDJUMDgwMDAwWiB0ZXN0Zm9yYXBpMDlAbQ')).toEqual({
      eventId: '6lpl6u6va7p8u7vb7g34c2icoo_20221002T080000Z',
      calendar: 'testforapi09@m',
    });
    expect(decodeEventElementId(eid('abc123def jordan.lee@corp.example'))).toEqual({ eventId: 'abc123def', calendar: 'jordan.lee@corp.example' });
  });

  it('takes padding or none, the standard or the URL-safe alphabet, and the ttb_ prefix of tasks', () => {
    const text = 'k8gri0v9_20260512T090000Z a~~~@corp.example';
    expect(btoa(text)).toMatch(/\+/);
    const expected = { eventId: 'k8gri0v9_20260512T090000Z', calendar: 'a~~~@corp.example' };
    for (const form of [btoa(text), eid(text), eid(text, true), `ttb_${eid(text)}`, ` ${btoa(text)} `]) {
      expect(decodeEventElementId(form), form).toEqual(expected);
    }
    expect(decodeEventElementId(eid('id_with-dash x@g', true))).toEqual({ eventId: 'id_with-dash', calendar: 'x@g' });
  });

  it('reads a bare event id (base32hex, maybe with an instance stamp) without a calendar', () => {
    expect(decodeEventElementId('2tdcb4eepthqj01qltpi4txfcs')).toBeUndefined(); // "w", "x" are not base32hex
    expect(decodeEventElementId('2tdcb4eepthqj01qltpi4tvfcs')).toEqual({ eventId: '2tdcb4eepthqj01qltpi4tvfcs' });
    expect(decodeEventElementId('2tdcb4eepthqj01qltpi4tvfcs_20260512T090000Z')).toEqual({ eventId: '2tdcb4eepthqj01qltpi4tvfcs_20260512T090000Z' });
  });

  it('refuses what is not an event: markers, binary, several spaces, empty, over-long', () => {
    for (const raw of ['tasks_rollover_view', '', '   ', null, undefined, eid('\u0001\u0002binary'), eid('a b c'), eid('an id not@an@email'), 'x'.repeat(3000), '!!!']) {
      expect(decodeEventElementId(raw as string | null | undefined), String(raw)).toBeUndefined();
    }
  });
});

describe('calendarMatches', () => {
  it('expands Google’s short calendar domains and compares the rest exactly', () => {
    expect(calendarMatches('ana@m', 'ana@gmail.com')).toBe(true);
    expect(calendarMatches('ana@m', 'ana@googlemail.com')).toBe(true);
    expect(calendarMatches('c_abc@g', 'c_abc@group.calendar.google.com')).toBe(true);
    expect(calendarMatches('en.uk#holiday@v', 'en.uk#holiday@group.v.calendar.google.com')).toBe(true);
    expect(calendarMatches('jordan.lee@corp.example', 'Jordan.Lee@corp.example')).toBe(true);
    expect(calendarMatches('ana@m', 'ana@group.calendar.google.com')).toBe(false);
    expect(calendarMatches('ana@m', 'bob@gmail.com')).toBe(false);
    expect(calendarMatches('ana@corp.example', 'ana@other.example')).toBe(false);
  });

  it('matches an unknown short form on the name before the "@"', () => {
    expect(calendarMatches('room-1@q', 'room-1@some.calendar.google.com')).toBe(true);
    expect(calendarMatches('room-1@q', 'room-2@some.calendar.google.com')).toBe(false);
  });
});

describe('eidOfHtmlLink', () => {
  it('reads the eid of an event’s htmlLink, and nothing from anything else', () => {
    expect(eidOfHtmlLink('https://www.google.com/calendar/event?eid=YWJj&ctz=Europe/London')).toBe('YWJj');
    expect(eidOfHtmlLink('https://www.google.com/calendar/event')).toBeUndefined();
    expect(eidOfHtmlLink('not a url')).toBeUndefined();
    expect(eidOfHtmlLink(undefined)).toBeUndefined();
  });
});
