/** Whether `word` from `wordFrom` on equals `target` from `targetFrom` on. */
function tailsEqual(word: string, wordFrom: number, target: string, targetFrom: number): boolean {
  if (word.length - wordFrom !== target.length - targetFrom) return false;
  for (let offset = 0; wordFrom + offset < word.length; offset += 1) {
    if (word.charCodeAt(wordFrom + offset) !== target.charCodeAt(targetFrom + offset)) return false;
  }
  return true;
}

/**
 * Whether two words are at most one edit apart (one letter inserted, removed, replaced, or two
 * neighbours swapped): "mentorng", "mentroing" and "mentorinng" are all one edit from "mentoring".
 */
export function withinOneEdit(word: string, target: string): boolean {
  const wordLength = word.length;
  const targetLength = target.length;
  if (Math.abs(wordLength - targetLength) > 1) return false;
  let same = 0;
  const shorter = Math.min(wordLength, targetLength);
  while (same < shorter && word.charCodeAt(same) === target.charCodeAt(same)) same += 1;
  if (same === shorter) return true;
  if (wordLength === targetLength) {
    if (tailsEqual(word, same + 1, target, same + 1)) return true;
    return (
      word.charCodeAt(same) === target.charCodeAt(same + 1) &&
      word.charCodeAt(same + 1) === target.charCodeAt(same) &&
      tailsEqual(word, same + 2, target, same + 2)
    );
  }
  return wordLength > targetLength ? tailsEqual(word, same + 1, target, same) : tailsEqual(word, same, target, same + 1);
}
