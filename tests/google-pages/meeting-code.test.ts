import { describe, expect, it } from 'vitest';
import { meetingCodeOfPage } from '../../lib/google-pages/meeting-code';
import { meetCodeOf } from '../../lib/panel/meet-link';

describe('meetingCodeOfPage', () => {
  it('reads the code of a call’s address, whatever its query or case, and in the installed app', () => {
    expect(meetingCodeOfPage('https://meet.google.com/abc-defg-hij')).toBe('abc-defg-hij');
    expect(meetingCodeOfPage('https://meet.google.com/ABC-defg-hij?authuser=1&pli=1')).toBe('abc-defg-hij');
    expect(meetingCodeOfPage('https://meet.google.com/abc-defg-hij/')).toBe('abc-defg-hij');
    expect(meetingCodeOfPage('https://meet.google.com/_meet/abc-defg-hij?ijlm=1')).toBe('abc-defg-hij');
    expect(meetingCodeOfPage('https://meet.google.com/lookup/teamsync')).toBe('teamsync');
  });

  it('is the same code the calendar’s Meet link has', () => {
    const link = 'https://meet.google.com/kdm-xwra-uhc';
    expect(meetingCodeOfPage(`${link}?authuser=0`)).toBe(meetCodeOf(link));
  });

  it('finds no code on Meet’s other pages, or elsewhere', () => {
    for (const address of [
      'https://meet.google.com/',
      'https://meet.google.com/landing',
      'https://meet.google.com/new',
      'https://meet.google.com/abc-defg-hij/extra',
      'https://meet.google.com/abcdefghij',
      'https://meet.google.com.evil.example/abc-defg-hij',
      'https://calendar.google.com/abc-defg-hij',
      'not an address',
    ]) {
      expect(meetingCodeOfPage(address), address).toBeUndefined();
    }
  });
});
