import { describe, expect, it } from 'vitest';
import { hostOf, icsOriginPattern, isIcsUrl, normalizeIcsUrl } from '../../../lib/calendar/ics/ics-url';

describe('calendar addresses', () => {
  it('turns webcal subscriptions into https and keeps the secret path and query', () => {
    expect(normalizeIcsUrl('  webcal://p42-caldav.icloud.com/published/2/MTIzNDU2Nzg5 ')).toBe(
      'https://p42-caldav.icloud.com/published/2/MTIzNDU2Nzg5',
    );
    expect(normalizeIcsUrl('https://outlook.office365.com/owa/calendar/abc@contoso.com/S3cr3t/calendar.ics?x=1#frag')).toBe(
      'https://outlook.office365.com/owa/calendar/abc@contoso.com/S3cr3t/calendar.ics?x=1',
    );
  });

  it('refuses what cannot be a calendar address, saying why', () => {
    expect(() => normalizeIcsUrl('')).toThrow('Enter the calendar’s iCal address.');
    expect(() => normalizeIcsUrl('calendar.ics')).toThrow(/not a web address/);
    expect(() => normalizeIcsUrl('ftp://example.org/cal.ics')).toThrow('Only http(s) and webcal addresses can be read, not ftp.');
    expect(() => normalizeIcsUrl('https://me:pw@example.org/cal.ics')).toThrow(/user name or password/);
  });

  it('asks for the one origin of the address, whatever its port', () => {
    expect(icsOriginPattern('https://calendar.google.com/calendar/ical/a%40b/private-123/basic.ics')).toBe('https://calendar.google.com/*');
    expect(icsOriginPattern('http://intranet.example:8080/cal.ics')).toBe('http://intranet.example/*');
  });

  it('shows only the host, never the secret address', () => {
    expect(hostOf('https://calendar.google.com/calendar/ical/a%40b/private-123/basic.ics')).toBe('calendar.google.com');
    expect(isIcsUrl('https://calendar.google.com/x.ics')).toBe(true);
    expect(isIcsUrl('My calendar.ics')).toBe(false);
  });
});
