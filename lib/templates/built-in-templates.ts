import type { GoalCategory, GoalTemplate } from '../model';

/** Every category but 'other' has exactly one built-in template, with an id that never changes. */
export type BuiltInCategory = Exclude<GoalCategory, 'other'>;
export type BuiltInTemplateId = `builtin-${BuiltInCategory}`;

export function builtInTemplateId(category: BuiltInCategory): BuiltInTemplateId {
  return `builtin-${category}`;
}

/** The part of a template the product writes; archive state and dates belong to the user's copy. */
export type BuiltInTemplateContent = Pick<
  GoalTemplate,
  'name' | 'description' | 'defaultMilestones' | 'suggestedQuestions' | 'successCriteria'
> & { category: BuiltInCategory };

export const builtInTemplateContents: readonly BuiltInTemplateContent[] = [
  {
    category: 'communication',
    name: 'Clear, audience-aware communication',
    description:
      'Most leadership communication problems are not about eloquence but about fit: the message arrives at the wrong altitude, in the wrong channel, or without the ask. This goal builds three habits: lead with the point (conclusion first, then the reasons), adapt depth to the audience (an executive needs the decision and the risk, the team needs the why and the how), and close the loop by checking what was actually heard. Bring real artefacts to the sessions — a recent update, a slide, a meeting you ran — and rework them together; the mentor names patterns rather than rewriting.',
    defaultMilestones: [
      'Pick two recurring communications to improve (for example a status update and a meeting you run)',
      'Rewrite one status update bottom-line-up-front and compare the replies',
      'Ask two stakeholders what they take away from your updates',
      'Run a meeting with a written pre-read and a stated decision to make',
      'Deliver a difficult message and debrief it in a session',
    ],
    suggestedQuestions: [
      'What did you want your audience to do after your last update, and did they do it?',
      'Where did a message of yours land differently than you intended this month?',
      'Who is your hardest audience right now, and what do they need that you are not giving them?',
      'When do you write when a conversation would work better, or the other way round?',
      'What would you cut if your next update had to be half as long?',
    ],
    successCriteria: [
      'Stakeholders can repeat your main point and your ask without follow-up questions',
      'Your updates lead with the conclusion and a clear ask',
      'You choose depth and channel for each audience deliberately and can say why',
    ],
  },
  {
    category: 'conflict-resolution',
    name: 'Working through conflict constructively',
    description:
      'Conflict avoided becomes conflict escalated. The aim is not harmony but productive disagreement: separating positions from interests, raising tension early while it is still about the work, and staying curious when you are the one being challenged. Useful frames are interests versus positions, the difference between task and relationship conflict, and agreeing explicitly how a disagreement will be decided. Work on one live conflict at a time: prepare the conversation in a session, hold it, then debrief what actually happened.',
    defaultMilestones: [
      'Map one live conflict: the people involved, their interests, and what each fears losing',
      'Prepare and hold the conversation you have been postponing',
      'Agree with the other side how the disagreement will be decided',
      'Debrief the outcome and what you would do differently',
    ],
    suggestedQuestions: [
      'Which disagreement are you avoiding right now, and what is it costing?',
      'What does the other side need that their position hides?',
      'How do you react when you feel your competence is questioned?',
      'What would a fair way to decide this look like to both sides?',
      'When did you last change your mind in an argument, and what made it possible?',
    ],
    successCriteria: [
      'Tensions are raised within days instead of being left to escalate',
      'Both sides describe the outcome of a resolved conflict as fair',
      'You can state the other side’s interests to their satisfaction',
    ],
  },
  {
    category: 'strategic-thinking',
    name: 'Thinking and acting strategically',
    description:
      'Moving from running the work to shaping it: seeing the system your team sits in, choosing what not to do, and connecting today’s decisions to where the business will be in two or three years. A good strategy is a diagnosis, a guiding policy and a few coherent actions — not a list of goals. In sessions, zoom out on a current decision: who else it affects, which trends will change it, what its second-order effects are. Protect time to think; strategy rarely happens in a calendar full of status meetings.',
    defaultMilestones: [
      'Block a recurring two-hour thinking slot and keep it for a month',
      'Write a one-page diagnosis of the biggest challenge facing your area',
      'Name three things your team should stop doing, and why',
      'Test your diagnosis with a leader two levels up',
      'Turn the diagnosis into a guiding policy and three coherent actions',
    ],
    suggestedQuestions: [
      'What will be true about your area in two years that is not true today?',
      'Which of your current priorities would you drop if you had to drop one?',
      'What does your manager’s manager worry about, and how does your work answer it?',
      'Where are you treating symptoms instead of the underlying problem?',
      'What would a newcomer or a competitor do differently in your place?',
    ],
    successCriteria: [
      'You can explain your area’s strategy on one page: diagnosis, guiding policy, actions',
      'Your priorities visibly trade off against each other, with things explicitly not done',
      'Senior stakeholders ask for your view on direction, not only on delivery',
    ],
  },
  {
    category: 'emotional-intelligence',
    name: 'Self-awareness and emotional intelligence',
    description:
      'Leaders set the emotional weather of their teams. This goal builds four capabilities: noticing your own emotional state and triggers, regulating your reactions under pressure, reading what others feel beyond what they say, and using that awareness to handle relationships well. Progress comes from observation, not theory: keep a short log of moments where your reaction surprised you or others, and bring them to the sessions. Feedback from the people who work with you is essential, because self-perception is exactly where the blind spot is.',
    defaultMilestones: [
      'Keep a trigger log for three weeks: situation, feeling, reaction',
      'Ask three colleagues how you come across under pressure',
      'Name one pattern and agree a replacement behaviour',
      'Practise the replacement in a live situation and debrief it',
    ],
    suggestedQuestions: [
      'When did your reaction this week surprise you or someone else?',
      'What tells you, in your body or your behaviour, that you are under stress?',
      'Who on your team is struggling right now, and how do you know?',
      'What do people avoid telling you, and why might that be?',
      'What would you like people to say about how you handle pressure?',
    ],
    successCriteria: [
      'You can name your main triggers and the early signs of stress',
      'Colleagues report calmer, more predictable reactions in tense moments',
      'You notice tension in your team and address it before it is raised with you',
    ],
  },
  {
    category: 'decision-making',
    name: 'Making sound decisions at the right speed',
    description:
      'Many leaders decide either too slowly, waiting for a certainty that never comes, or alone, without hearing the people who must carry the decision out. This goal matches the process to the decision: is it reversible (decide fast and learn) or a one-way door (slow down, widen the input)? Who decides, who is consulted, who is only informed? Practise short decision records — context, options, choice, reasons, and what would make you revisit it — and review past decisions for the quality of the process rather than the luck of the outcome.',
    defaultMilestones: [
      'List the decisions waiting on you and mark each as reversible or one-way',
      'Agree decision rights (who decides, who is consulted) for one recurring decision',
      'Write decision records for three significant decisions',
      'Review one past decision, separating the quality of the process from the outcome',
    ],
    suggestedQuestions: [
      'Which decision have you been postponing, and what are you waiting for?',
      'What does it cost to decide a week later?',
      'Who needs to be heard before this decision, and who only needs to be told?',
      'What would make you change your mind?',
      'Which recent decision turned out well for reasons that had nothing to do with how you made it?',
    ],
    successCriteria: [
      'Reversible decisions are made within days; one-way decisions follow a stated process',
      'Your team knows who decides what without escalating to you',
      'Key decisions have a written record that is reviewed later',
    ],
  },
  {
    category: 'delegation',
    name: 'Delegating to grow people, not just to offload',
    description:
      'Delegation is a leader’s main lever for both capacity and growing others, and the one most often pulled badly: work handed over without its context, or handed over and then taken back. This goal is about delegating outcomes rather than steps, matching the level of autonomy to the person’s experience with that kind of work (from "look into it and report back" to "decide and tell me afterwards"), agreeing checkpoints up front, and resisting the urge to rescue. Start by auditing where your own time goes.',
    defaultMilestones: [
      'Audit two weeks of your calendar: what only you can do, and what others could',
      'Delegate one meaningful responsibility with an agreed level of autonomy',
      'Hold the agreed checkpoints without taking the work back',
      'Review with the person what helped them and what got in the way',
    ],
    suggestedQuestions: [
      'What are you still doing that someone on your team could do at 80% of your quality?',
      'Who on your team is ready for a stretch, and what would stretch them?',
      'The last time you took work back, what were you afraid of?',
      'How clear were the outcome and the authority you handed over?',
      'What would you do with five more hours a week?',
    ],
    successCriteria: [
      'At least one significant responsibility is owned end to end by someone else',
      'The people you delegate to say they had the context and authority they needed',
      'Your calendar shows more time on work only you can do',
    ],
  },
  {
    category: 'executive-presence',
    name: 'Building executive presence',
    description:
      'Executive presence is less about charisma than about trust: people believe you will be calm, concise and credible when it matters. It shows in how you enter a room of senior leaders (with a point of view, not only data), how you handle challenge (acknowledge, answer, move on) and whether you can hold a silence. This goal works on preparing for high-stakes moments, framing concisely (one message, three supporting points) and composure under questioning. Rehearse real upcoming meetings in the sessions and ask for specific feedback on delivery.',
    defaultMilestones: [
      'Name three upcoming high-visibility moments',
      'Rehearse one of them in a session and get feedback on delivery',
      'Present a recommendation, not only options, to senior leaders',
      'Ask a senior stakeholder how you came across',
    ],
    suggestedQuestions: [
      'In your last senior meeting, what did people remember you saying?',
      'How do you react when you are challenged in front of senior people?',
      'Where do you over-explain, and what does it signal?',
      'Which point of view do you hold that senior leaders have not heard yet?',
      'Who has the presence you want, and what exactly do they do?',
    ],
    successCriteria: [
      'You can present a clear recommendation and its reasoning in under three minutes',
      'Senior stakeholders describe you as composed and credible under challenge',
      'You are invited to the forums where decisions are made',
    ],
  },
  {
    category: 'career-development',
    name: 'Shaping the next career step',
    description:
      'A career plan is a hypothesis, not a ladder: what gives you energy, where your strengths are rare, and what the organisation will need. This goal clarifies the next step (bigger scope, a different track, a move across functions), names the experiences that would make you credible for it, and builds the relationships that open doors — a sponsor who speaks for you is not the same as a mentor who advises you. Use the sessions to test the plan against reality: talk to people in the role, look for stretch assignments, and make the ask explicit to your manager.',
    defaultMilestones: [
      'Write down what you want from the next two to three years, and what you do not',
      'Talk to two people who hold the role you are considering',
      'Name the biggest gap and a stretch assignment that would close it',
      'Have an explicit career conversation with your manager',
      'Find a sponsor who speaks for you where you are not present',
    ],
    suggestedQuestions: [
      'Which parts of your work give you energy, and which drain it?',
      'What would you need to have done to be the obvious choice for the next role?',
      'Who speaks for you in rooms you are not in?',
      'What are you optimising for: scope, craft, impact, balance or learning?',
      'What would make you leave, and what would make you stay?',
    ],
    successCriteria: [
      'You can state your next role, and why, in two sentences',
      'Your manager knows your aspiration and has agreed concrete steps',
      'You hold a stretch assignment that builds the missing experience',
    ],
  },
  {
    category: 'technology-fluency',
    name: 'Technology fluency (reverse mentoring)',
    description:
      'In reverse mentoring a junior colleague helps a senior leader understand technologies, tools and habits the leader does not use every day — today often AI assistants, developer tooling, data or social platforms. The aim is not expertise but fluency: enough to ask good questions, judge claims and make informed decisions about investment and policy. It works best hands-on, using the tool together on the leader’s real work. The relationship runs both ways: the reverse mentor gains visibility and insight into how leaders think, so agree goals for both sides.',
    defaultMilestones: [
      'Agree the two or three technologies that matter most for your decisions this year',
      'Use one of them hands-on for a real task for two weeks',
      'Explain its benefits and risks to your peers without notes',
      'Make or revise one decision (budget, policy, priorities) based on what you learned',
    ],
    suggestedQuestions: [
      'Which technology decisions are you making on someone else’s summary?',
      'What did you try this week, and what surprised you?',
      'What would your teams say you do not understand about how they work?',
      'Where are the real risks, and where is the hype?',
      'What does the reverse mentor want to learn from this relationship?',
    ],
    successCriteria: [
      'You use the technology yourself for real tasks, not only in demos',
      'You can explain its benefits, limits and risks in your own words',
      'At least one of your decisions rests on first-hand understanding rather than reports',
    ],
  },
];

/** The built-in templates as rows, stamped with `at` (ISO date-time). */
export function builtInTemplates(at: string): GoalTemplate[] {
  return builtInTemplateContents.map((content) => ({
    ...content,
    id: builtInTemplateId(content.category),
    defaultMilestones: [...content.defaultMilestones],
    suggestedQuestions: [...content.suggestedQuestions],
    successCriteria: [...content.successCriteria],
    builtIn: true,
    archived: false,
    createdAt: at,
    updatedAt: at,
  }));
}
