import type { DemoStory } from '../demo-story';
import { amaraStory } from './amara';
import { anaStory } from './ana';
import { circleStory } from './circle';
import { elodieStory } from './elodie';
import { mateoStory } from './mateo';
import { priyaStory } from './priya';

/** One story per pairing type, with the user as mentor and as mentee. */
export const demoStories: readonly DemoStory[] = [anaStory, priyaStory, mateoStory, circleStory, elodieStory, amaraStory];
