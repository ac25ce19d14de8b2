import { demoPeople } from '../demo-people';
import type { DemoStory } from '../demo-story';

/** Jordan mentors Ana, promoted to engineering manager of the Payments API team this spring. */
export const anaStory: DemoStory = {
  key: 'ana',
  pairing: {
    title: 'Ana Silva mentoring',
    type: 'one-on-one',
    myRole: 'mentor',
    participants: [demoPeople.ana],
    cadenceDays: 14,
    keywords: [],
  },
  series: {
    id: 'demoanamentoring14',
    summary: 'Ana / Jordan',
    description: 'Fortnightly mentoring. Ana brings the agenda.',
    meetCode: 'qhr-vzkt-wmd',
    organizer: 'me',
    minutes: 30,
    at: [14, 0],
    lastMeetingDaysAgo: 8,
    nextMovedToWithinADay: true,
  },
  goals: [
    {
      key: 'feedback',
      templateId: 'builtin-communication',
      owner: 'them',
      title: 'Give direct, kind feedback to the engineers who used to be her peers',
      description:
        'Ana manages two engineers who were her peers until this spring. She softens feedback until it disappears. Goal: feedback that is specific, timely and still kind.',
      milestones: [
        { title: 'Prepare feedback for Marek using situation–behaviour–impact' },
        { title: 'Hold the feedback conversation with Marek she has been postponing' },
        { title: 'Ask the team for feedback on her own 1:1s' },
        { title: 'Give feedback in private, within a day, three times in a row', dueInDays: 20 },
      ],
      targetInDays: 60,
    },
    {
      key: 'oncall',
      templateId: 'builtin-conflict-resolution',
      owner: 'them',
      title: 'Resolve the on-call handover dispute between Payments and SRE',
      description: 'Three handovers between Payments and SRE went wrong last quarter and the two teams blame each other.',
      milestones: [
        { title: 'Map what both teams need from a handover' },
        { title: 'Hold a joint handover review with Dana, the SRE lead' },
        { title: 'Agree a written handover rule signed by both leads' },
      ],
      targetInDays: -30,
    },
    {
      key: 'release',
      templateId: 'builtin-delegation',
      owner: 'them',
      title: 'Hand release management over to the team',
      description: 'Ana still runs every release herself; it costs her about six hours every two weeks.',
      milestones: [
        { title: 'List what she does in each release and who could do it' },
        { title: 'Hand the release checklist to Tomás with two releases of shadowing' },
        { title: 'Stop attending the release call', dueInDays: 21 },
      ],
      targetInDays: 45,
    },
  ],
  history: [
    {
      outcome: 'held',
      notes:
        'First session since Ana’s promotion. Agreed how we work: every two weeks, 30 minutes, she brings the agenda. Her main worry is managing Marek and Hana, who were her peers until last month: she notices she softens every piece of feedback. She also raised the friction with SRE — three on-call handovers went wrong last month. We chose feedback and the on-call dispute as the first two goals.',
      rating: 4,
      wentWell: 'Ana was very open about what worries her.',
      wasHard: 'I kept drifting into solving her team’s technical problems instead of coaching.',
      nextFocus: 'One piece of feedback for Marek, prepared with situation–behaviour–impact.',
      reflection: 'Ask more, tell less. I answered two questions she could have answered herself.',
      progress: { feedback: 10, oncall: 5 },
      actions: [
        { text: 'Write down the feedback for Marek in situation–behaviour–impact form', owner: 'them', dueInDays: 10 },
        { text: 'Send Ana the SBI one-pager and the chapter on ruinous empathy', owner: 'me', dueInDays: 3 },
      ],
    },
    {
      outcome: 'held',
      notes:
        'Walked through her SBI draft for Marek. Situation and behaviour were good; the impact was vague ("it affects the team"). We rewrote it together: the missed API deprecation notice broke two client teams in staging. She will hold the conversation this week. On on-call: she sees SRE as "throwing incidents over the wall". I asked her to write down what SRE needs from a handover, from their side, before she meets their lead.',
      rating: 4,
      wentWell: 'The rewritten impact statement was concrete and fair.',
      wasHard: 'Ana wanted me to tell her exactly what to say.',
      nextFocus: 'Debrief the Marek conversation; SRE’s interests.',
      progress: { feedback: [25, 'Draft ready, conversation this week.'], oncall: 15 },
      ticks: ['feedback.0'],
      actions: [
        { text: 'Hold the feedback conversation with Marek', owner: 'them', dueInDays: 5 },
        { text: 'List what SRE needs from a Payments handover, from their side', owner: 'them', dueInDays: 12 },
      ],
    },
    {
      outcome: 'held',
      notes:
        'The Marek conversation happened and went better than she feared: he agreed, and asked why nobody had told him earlier — which stung. We talked about what "kind" means: withholding feedback is not kind. Her list of SRE’s interests is good: predictable escalation, runbooks that match production, no 2 a.m. "FYI" pages. She realised half the friction is about runbooks, not people.',
      rating: 5,
      wentWell: 'Ana came with the conversation done and a clear reflection on it.',
      wasHard: 'Nothing much; we ran ten minutes over.',
      nextFocus: 'Prepare the joint session with the SRE lead.',
      progress: { feedback: [40, 'First real feedback conversation held.'], oncall: [35, 'Interests mapped; runbooks are the core issue.'] },
      ticks: ['feedback.1', 'oncall.0'],
      actions: [
        { text: 'Propose a joint handover review to Dana (SRE lead)', owner: 'them', dueInDays: 7 },
        { text: 'Introduce Ana to Kofi, who fixed the same problem on the Identity team', owner: 'me', dueInDays: 4 },
      ],
    },
    {
      outcome: 'held',
      notes:
        'Prepared the session with Dana. We role-played the opening: Ana started with the three failed handovers, which sounded like blame; the second attempt opened with the shared goal (fewer pages for both teams) and the runbook gaps. Kofi’s advice from Identity: agree a written handover rule and review it after a month. First mention of release work: Ana still runs every release herself and it eats her Thursdays.',
      rating: 4,
      wentWell: 'The role-play changed her opening completely.',
      wasHard: 'She was nervous about Dana’s seniority.',
      nextFocus: 'How the joint session went; start looking at release work.',
      progress: { oncall: 50 },
      actions: [
        { text: 'Run the joint handover review with Dana', owner: 'them', dueInDays: 7 },
        { text: 'Track how many hours two releases take her', owner: 'them', dueInDays: 14 },
      ],
    },
    { outcome: 'rescheduled', notes: 'Ana was on a Sev-2 incident (payment retries). Moved to Friday.' },
    {
      outcome: 'held',
      movedDays: 2,
      notes:
        'Short one after the incident. The joint session with Dana happened: they agreed a written handover rule (runbook link, current state, open risks) with a 30-day trial. Ana noticed she stayed calm when Dana criticised the runbooks. Release tracking: six hours per release, every two weeks.',
      rating: 4,
      wentWell: 'She handled Dana’s criticism without getting defensive.',
      wasHard: 'Only 30 minutes and she was tired after the incident.',
      nextFocus: 'Delegating release work.',
      progress: { oncall: [70, 'Handover rule agreed for a 30-day trial.'], release: 10 },
      ticks: ['oncall.1'],
      actions: [{ text: 'Share the handover rule with both teams in writing', owner: 'them', dueInDays: 3 }],
    },
    {
      outcome: 'held',
      notes:
        'Delegation. We went through her release hours line by line: about half is checklist work Tomás could do now; the rest is go/no-go judgment. She hands over the checklist with two releases of shadowing and keeps go/no-go for now. She worries the team will see it as dumping chores; we framed it as growth for Tomás, who asked for more ownership in his last review.',
      rating: 5,
      wentWell: 'A concrete hand-over plan in 30 minutes.',
      wasHard: 'Her fear of looking lazy in front of her director.',
      nextFocus: 'Tomás’s first release; Hana’s code reviews.',
      progress: { release: [25, 'Checklist work identified for hand-over.'] },
      ticks: ['release.0'],
      actions: [
        { text: 'Talk to Tomás about owning the release checklist', owner: 'them', dueInDays: 5 },
        { text: 'Share my delegation-levels sheet with Ana', owner: 'me', dueInDays: 2 },
      ],
    },
    {
      outcome: 'held',
      notes:
        'Back to feedback: Hana’s code reviews are harsh and two juniors complained. Ana wanted to wait for the next 1:1; we agreed feedback within a day works better, and she drafted it in the session. The handover trial: one incident since, and the handover worked. Dana asked to make the rule permanent.',
      rating: 4,
      wentWell: 'She drafted the Hana feedback herself, with little help.',
      wasHard: 'Keeping to 30 minutes with two live topics.',
      nextFocus: 'Tomás’s first release.',
      progress: { feedback: 55, oncall: 85 },
      actions: [
        { text: 'Give Hana the code review feedback within a day', owner: 'them', dueInDays: 1 },
        { text: 'Ask Dana to co-sign the permanent handover rule', owner: 'them', dueInDays: 10 },
      ],
    },
    { outcome: 'cancelled', notes: 'Cancelled: I was at the leadership offsite.' },
    {
      outcome: 'held',
      notes:
        'Catch-up after the gap. The handover rule is permanent and signed by both leads, so the on-call dispute is closed; Ana thanked both teams in writing — nice touch. Tomás ran his first release with Ana shadowing; he missed the changelog step and she jumped in. We talked about letting small misses happen when the cost is low.',
      rating: 4,
      wentWell: 'Closing the on-call goal was a real win for her.',
      wasHard: 'She still finds it hard to watch someone do it differently.',
      nextFocus: 'Second release without stepping in; her 1:1s.',
      progress: { oncall: [100, 'Permanent rule signed by both leads.'], release: 40 },
      ticks: ['oncall.2'],
      actions: [
        { text: 'Shadow Tomás’s second release without stepping in unless customers are affected', owner: 'them', dueInDays: 12 },
        { text: 'Ask the team for feedback on her 1:1s (an anonymous form is fine)', owner: 'them', dueInDays: 14 },
      ],
    },
    {
      outcome: 'held',
      notes:
        'Tomás’s second release went fine; Ana stepped in once, on a go/no-go question that really was hers. The feedback on her 1:1s came back: people like them but say she talks more than she listens and the agenda is always status. We discussed making 1:1s their meeting: their agenda, status goes async.',
      rating: 5,
      wentWell: 'Ana took the 1:1 feedback with curiosity, not defensiveness.',
      wasHard: 'Some of the 1:1 comments hurt her.',
      nextFocus: 'Feedback in the moment.',
      progress: { feedback: [65, 'Team feedback on her 1:1s collected.'], release: 55 },
      ticks: ['feedback.2', 'release.1'],
      actions: [
        { text: 'Move status updates out of 1:1s into the weekly written update', owner: 'them', dueInDays: 10 },
        { text: 'Draft a one-page release ownership note for Tomás', owner: 'them', dueInDays: 14, open: true },
      ],
    },
    {
      outcome: 'held',
      notes:
        'Ana tried in-the-moment feedback twice: once with Hana after a design review (worked well), once with a junior in a public channel — she realised afterwards it should have been private. Good learning about the where, not only the when. The "stop attending the release call" milestone makes her nervous because her director joins those calls.',
      rating: 4,
      wentWell: 'Honest account of the public-channel mistake.',
      wasHard: 'Her worry about her director’s view of her.',
      nextFocus: 'Stepping back from the release call.',
      progress: { feedback: 75 },
      actions: [
        { text: 'Talk to Ana’s director about her stepping back from the release call', owner: 'me', dueInDays: 7, open: true },
        { text: 'Give feedback in private within a day, and note how each one went', owner: 'them', dueInDays: 14 },
      ],
    },
    {
      outcome: 'held',
      notes:
        'Reviewed her notes on three in-the-moment feedback moments: two private and within a day, one she let slide for a week. She says it starts to feel normal. Next step for releases: she will announce at the team meeting that Tomás owns them. She also wonders whether to stay on the management track — parked for a dedicated session.',
      rating: 5,
      wentWell: 'Ana set the agenda and drove the whole session.',
      wasHard: 'The career question came up at the end with no time left.',
      nextFocus: 'Career: management track or back to staff engineer?',
      progress: { feedback: [80, 'Two of three feedback moments within a day.'] },
      actions: [
        { text: 'Announce Tomás as release owner at the team meeting', owner: 'them', dueInDays: 7, open: true },
        { text: 'Write down what she wants from the next two years, for the career session', owner: 'them', dueInDays: 12 },
      ],
    },
  ],
  nextAgenda: ['Career: management track or back to staff engineer?', 'How the release-owner announcement landed'],
};
