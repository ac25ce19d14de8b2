import { demoPeople } from '../demo-people';
import type { DemoStory } from '../demo-story';

/** High-potential programme: Jordan prepares Mateo, a senior backend engineer, to lead the new Search team. */
export const mateoStory: DemoStory = {
  key: 'mateo',
  pairing: {
    title: 'Mateo García – high-potential programme',
    type: 'high-potential',
    myRole: 'mentor',
    participants: [demoPeople.mateo],
    cadenceDays: 21,
    keywords: ['Leadership Lab'],
  },
  series: {
    id: 'demomateohipo21',
    summary: 'Leadership Lab – Mateo / Jordan',
    meetCode: 'wcy-mrgd-pqa',
    organizer: 'me',
    minutes: 45,
    at: [11, 0],
    lastMeetingDaysAgo: 6,
  },
  goals: [
    {
      key: 'decide',
      templateId: 'builtin-decision-making',
      owner: 'them',
      title: 'Close architecture decisions without waiting for consensus',
      description:
        'Mateo is respected for his judgment but lets design discussions run for weeks. Decide reversible questions fast, document one-way ones, and stop seeking unanimity.',
      milestones: [
        { title: 'Mark the open search-indexing questions as reversible or one-way' },
        { title: 'Write decision records for the reversible indexing questions' },
        { title: 'Review the sharding decision after a month in production', dueInDays: 25 },
      ],
      targetInDays: 40,
    },
    {
      key: 'career',
      templateId: 'builtin-career-development',
      owner: 'them',
      title: 'Prepare for the engineering manager role on the Search team',
      description:
        'The Search team gets its own manager next year. Mateo wants to find out whether he would enjoy the role, and be ready for it if he does.',
      milestones: [
        { title: 'Talk to two engineering managers about their actual week' },
        { title: 'Run the team’s weekly planning for a month' },
        { title: 'Hold practice 1:1s with two engineers' },
        { title: 'Agree a transition plan with his manager', dueInDays: 14 },
      ],
      targetInDays: 90,
    },
  ],
  history: [
    {
      outcome: 'held',
      notes:
        'First Leadership Lab session. Mateo wants the Search manager role that opens next year but is not sure he would enjoy it — he loves deep technical work. We agreed to test it rather than debate it: talk to managers, take on planning, practise 1:1s. His manager’s feedback from the nomination: design discussions he leads do not converge.',
      rating: 4,
      wentWell: 'Reframing the career question as an experiment.',
      wasHard: 'He heard the nomination feedback as criticism at first.',
      nextFocus: 'Conversations with two managers.',
      progress: { career: 5, decide: 5 },
      actions: [
        { text: 'Talk to two engineering managers about their actual week', owner: 'them', dueInDays: 14 },
        { text: 'Connect Mateo with Ana Silva and Lin Wei', owner: 'me', dueInDays: 3 },
      ],
    },
    {
      outcome: 'held',
      notes:
        'He met Ana and Lin. Biggest surprise: how much of a manager’s week is unplanned — people, escalations, hiring. He was energised rather than put off, a good sign. On decisions: the search-indexing design thread has 140 comments and no decision. We went through one-way versus two-way doors and he classified the five open questions in the session: only one is really one-way.',
      rating: 5,
      wentWell: 'He classified the open questions himself in ten minutes.',
      wasHard: 'Letting go of the idea that every question deserves a perfect answer.',
      nextFocus: 'Close the reversible questions; start running planning.',
      progress: { career: [20, 'Talked to two managers, energised.'], decide: 25 },
      ticks: ['career.0', 'decide.0'],
      actions: [
        { text: 'Write decision records for the four reversible indexing questions and close them', owner: 'them', dueInDays: 10 },
        { text: 'Ask his manager to let him run weekly planning for a month', owner: 'them', dueInDays: 7 },
      ],
    },
    { outcome: 'cancelled', notes: 'Cancelled: Mateo on holiday.' },
    {
      outcome: 'held',
      notes:
        'Four decision records written and three closed; the fourth reopened when Greta objected in the channel. We talked about disagree-and-commit, and about deciding in a meeting rather than a thread. Planning: he has run two weekly plannings and found it hard to cut scope in front of the team.',
      rating: 4,
      wentWell: 'Real progress on the decision backlog.',
      wasHard: 'He is frustrated with Greta, and it showed.',
      nextFocus: 'Close the last reversible question face to face.',
      progress: { decide: [45, 'Three of four questions closed.'], career: 30 },
      ticks: ['decide.1'],
      actions: [
        { text: 'Close the last reversible question in a 30-minute meeting with Greta', owner: 'them', dueInDays: 7 },
        { text: 'Share how I run scope cuts in planning (the "what we will not do" list)', owner: 'me', dueInDays: 5 },
      ],
    },
    {
      outcome: 'held',
      notes:
        'Closed the question with Greta in 25 minutes; she agreed once she felt heard. The one-way decision (the sharding key) is next, and he wants three more weeks of benchmarks. I asked what result would change his mind: he could not name one, so the decision is ready. His month of planning is done; the team says the meetings got shorter.',
      rating: 5,
      wentWell: 'The "what would change your mind?" question unblocked the sharding decision.',
      wasHard: 'Nothing in particular.',
      nextFocus: 'Circulate the sharding decision; practice 1:1s.',
      progress: { decide: 60, career: [40, 'A month of planning done.'] },
      ticks: ['career.1'],
      actions: [
        { text: 'Circulate the sharding-key decision record with a five-day comment period', owner: 'them', dueInDays: 10 },
        { text: 'Hold practice 1:1s with Lin and Oskar', owner: 'them', dueInDays: 21 },
      ],
    },
    {
      outcome: 'held',
      notes:
        'The sharding decision went out; two comments, both minor. He was surprised how little resistance there was after all the waiting. Practice 1:1s: the first was a status meeting, the second much better once he asked "what’s getting in your way?" and waited.',
      rating: 4,
      wentWell: 'He noticed the difference between the two 1:1s himself.',
      wasHard: 'Silence still makes him jump in.',
      nextFocus: 'Timing of the manager role.',
      progress: { decide: [70, 'Sharding decision made, no pushback.'], career: 45 },
      ticks: ['career.2'],
      actions: [
        { text: 'Ask Lin for feedback on the practice 1:1', owner: 'them', dueInDays: 7 },
        { text: 'Check with his manager on the timing of the Search manager role', owner: 'me', dueInDays: 14 },
      ],
    },
    {
      outcome: 'held',
      notes:
        'The manager role opens early next year and his manager supports him. Mateo now wants it, but worries about losing technical credibility. We discussed staying hands-on through design reviews and decision records rather than code, and outlined his transition plan.',
      rating: 5,
      wentWell: 'A clear yes from Mateo, for good reasons.',
      wasHard: 'His fear of becoming "just a manager".',
      nextFocus: 'The transition plan.',
      progress: { career: 50 },
      actions: [
        { text: 'Draft a transition plan with his manager: tech-lead hand-over and first 90 days', owner: 'them', dueInDays: 21, open: true },
      ],
    },
    {
      outcome: 'held',
      notes:
        'A rough week: a production incident in his area, and he took over the debugging himself instead of coordinating. We talked about the incident-commander role a manager plays and what he would do differently. He recognises the pull of the keyboard. The transition plan draft has not started.',
      rating: 3,
      wentWell: 'An honest reflection on the incident, eventually.',
      wasHard: 'He was tired and defensive at first.',
      nextFocus: 'Transition plan; coordinating rather than debugging.',
      reflection: 'I pushed too early on the transition plan; should have let him decompress first.',
      actions: [
        { text: 'Read the incident-commander guide and coordinate (not debug) the next incident', owner: 'them', dueInDays: 20, open: true },
        { text: 'Review Mateo’s transition plan draft before our next session', owner: 'me', dueInDays: 14, open: true },
      ],
    },
  ],
  nextAgenda: ['Transition plan: first draft', 'The next incident: coordinating, not debugging'],
};
