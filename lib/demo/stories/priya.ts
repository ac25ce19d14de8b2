import { demoPeople } from '../demo-people';
import type { DemoStory } from '../demo-story';

/**
 * Reverse mentoring: Priya, a developer-experience engineer two years out of university, mentors
 * Jordan on AI coding assistants and developer tooling; Jordan helps her pitch to leadership.
 */
export const priyaStory: DemoStory = {
  key: 'priya',
  pairing: {
    title: 'Reverse mentoring with Priya Raman (AI & developer tooling)',
    type: 'reverse',
    myRole: 'mentee',
    participants: [demoPeople.priya],
    cadenceDays: 21,
    keywords: [],
  },
  series: {
    id: 'demopriareverse21',
    summary: 'Reverse mentoring: AI & developer tooling',
    description: 'Reverse mentoring programme. Bring your laptop: we work on real code.',
    meetCode: 'bxn-jpfa-tke',
    organizer: 'them',
    minutes: 45,
    at: [15, 0],
    lastMeetingDaysAgo: 1,
  },
  goals: [
    {
      key: 'ai',
      templateId: 'builtin-technology-fluency',
      owner: 'me',
      title: 'Use AI coding assistants hands-on, well enough to set our usage policy',
      description:
        'The platform org must decide which AI coding assistants we allow and how. I want to have used them on real work before I sign that policy, not rely on vendor decks.',
      milestones: [
        { title: 'Use an assistant in my own editor daily for two weeks' },
        { title: 'Pair with Priya on a real change using the assistant' },
        { title: 'Explain prompt injection and code-licensing risks to my staff without notes' },
        { title: 'Draft the AI assistant usage policy with the security team', dueInDays: 30 },
      ],
      targetInDays: 45,
    },
    {
      key: 'pitch',
      templateId: 'builtin-executive-presence',
      owner: 'them',
      title: 'Pitch the internal developer portal to the platform leadership team',
      description:
        'Priya’s side of the exchange: she wants to learn how leadership decisions are made and to pitch her developer-portal idea herself.',
      milestones: [
        { title: 'Understand who decides on platform investments and what they care about' },
        { title: 'Rewrite the proposal as a one-page recommendation' },
        { title: 'Rehearse the pitch with Jordan', dueInDays: 10 },
        { title: 'Present at the platform leadership meeting', dueInDays: 28 },
      ],
      targetInDays: 30,
    },
  ],
  history: [
    {
      outcome: 'held',
      notes:
        'Kick-off. Priya showed me how she actually works: an assistant in the editor, chat for exploring unfamiliar code, and a command-line agent for boring refactors. My mental model was "autocomplete" — it is much more than that. Two-way goals: I get hands-on enough to own the AI assistant policy; she wants to understand how platform investments are decided and pitch her developer-portal idea.',
      rating: 5,
      wentWell: 'Seeing the tools on real code rather than slides.',
      wasHard: 'I felt slow and asked a lot of basic questions; Priya was patient.',
      nextFocus: 'Get the assistant running in my editor.',
      progress: { ai: 10, pitch: 5 },
      actions: [
        { text: 'Install the assistant in my editor and use it daily for two weeks', owner: 'me', dueInDays: 14 },
        { text: 'Send Priya the last two platform investment memos and who decided them', owner: 'me', dueInDays: 5 },
      ],
    },
    {
      outcome: 'held',
      notes:
        'My two weeks with the assistant: great for tests and boilerplate, confidently wrong on our internal RPC framework — it invented an API. Priya explained why (it has never seen our internal code) and showed how to pull our own docs into the context. Her side: we walked through how the investment memos were decided; she was surprised the decision happened in a 1:1 before the meeting, not in the meeting.',
      rating: 5,
      wentWell: 'Concrete explanation of why the assistant hallucinated.',
      wasHard: 'Explaining the unwritten side of decision-making without sounding cynical.',
      nextFocus: 'A real change in the deploy tooling, together.',
      progress: { ai: [25, 'Two weeks of daily use done.'], pitch: 15 },
      ticks: ['ai.0', 'pitch.0'],
      actions: [
        { text: 'Rewrite the developer-portal proposal as a one-page recommendation', owner: 'them', dueInDays: 21 },
        { text: 'Try the assistant on one real change in the deploy tooling and bring the diff', owner: 'me', dueInDays: 14 },
      ],
    },
    {
      outcome: 'held',
      notes:
        'Paired on my deploy-tooling change: she drove the first half, I drove the second. The assistant produced a plausible config change that would have disabled the canary checks; Priya caught it. Lesson for the policy: review standards matter more than the choice of tool. Her one-pager has a strong problem statement but leads with the architecture; I suggested leading with developer hours saved and the ask.',
      rating: 4,
      wentWell: 'Pairing on a real change taught me more than any demo.',
      wasHard: 'I was uncomfortable how close I came to merging the canary change.',
      nextFocus: 'Security’s view; Priya’s revised one-pager.',
      progress: { ai: 40, pitch: 25 },
      ticks: ['ai.1'],
      actions: [
        { text: 'Rework the one-pager to lead with the ask and the hours saved', owner: 'them', dueInDays: 10 },
        { text: 'Ask security for their current concerns about AI assistants', owner: 'me', dueInDays: 14 },
      ],
    },
    { outcome: 'missed', notes: 'I was pulled into an incident bridge and forgot to tell Priya. Apologised the same day.' },
    {
      outcome: 'held',
      notes:
        'Picked up after the session I missed. Security’s concerns: code and secrets leaving the network, prompt injection through repository content, licensing of generated code. Priya demonstrated prompt injection live: a README instruction that the agent obediently followed. I can now explain it. Her revised one-pager is much better; she asked whom to pre-wire before the meeting.',
      rating: 5,
      wentWell: 'The live prompt-injection example made the risk tangible.',
      wasHard: 'Owning that I missed the last session.',
      nextFocus: 'Explain the risks to my staff; Priya’s pre-wiring.',
      progress: { ai: 50, pitch: [40, 'One-pager now leads with the ask.'] },
      ticks: ['pitch.1'],
      actions: [
        { text: 'Introduce Priya to Marcus and Sofia to pre-wire the portal proposal', owner: 'me', dueInDays: 7 },
        { text: 'Pre-wire the proposal with Marcus and Sofia', owner: 'them', dueInDays: 20 },
      ],
    },
    {
      outcome: 'held',
      notes:
        'I explained the AI risks to my staff meeting without notes. Two questions I could not answer (retention settings, self-hosted options): Priya will brief me. She pre-wired with Marcus; Sofia cancelled twice. We talked about handling a stakeholder who avoids you: ask for 15 minutes with one specific question.',
      rating: 4,
      wentWell: 'My staff said it was the clearest AI briefing they had heard.',
      wasHard: 'Not knowing the answers to two fair questions.',
      nextFocus: 'Retention and hosting options; start the policy outline.',
      progress: { ai: [60, 'Briefed my staff without notes.'], pitch: 45 },
      ticks: ['ai.2'],
      actions: [
        { text: 'Brief Jordan on retention settings and self-hosted options', owner: 'them', dueInDays: 10 },
        { text: 'Ask Sofia for 15 minutes with one specific question', owner: 'them', dueInDays: 7, open: true },
      ],
    },
    {
      outcome: 'held',
      notes:
        'Priya’s retention brief was excellent — clearer than the vendor’s documentation. We outlined the usage policy: allowed tools, data classes that must never be pasted, review rules for generated code. Her pitch rehearsal is next time; the platform leadership slot is in about four weeks.',
      rating: 5,
      wentWell: 'We have a policy outline I believe in.',
      wasHard: 'Little time left for Priya’s side.',
      nextFocus: 'Priya’s pitch rehearsal.',
      progress: { pitch: 50 },
      actions: [
        { text: 'Draft the AI assistant usage policy with security', owner: 'me', dueInDays: 30, open: true },
        { text: 'Prepare the ten-minute pitch for the rehearsal', owner: 'them', dueInDays: 20 },
      ],
    },
    {
      outcome: 'awaiting-feedback',
      notes:
        'Priya rehearsed the portal pitch: ten minutes, clear ask, good numbers. She rushed the risks slide and apologised for the budget — told her to state it plainly. Showed her my first policy draft; she flagged that "no confidential code" is unworkable because all our code is confidential.',
    },
  ],
  nextAgenda: ['Policy draft: the data classes Priya flagged', 'Pitch: final run-through before platform leadership'],
};
