/**
 * The floor of the page benchmarks: an empty Preact page, built like the extension's pages and
 * loaded from the same extension. Its first paint is the least any page can do; a click that
 * changes its text is the least a Preact update can do.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';

function Floor() {
  const [count, setCount] = useState(0);
  return (
    <main>
      <p>{count === 0 ? 'Floor ready' : `Floor updated ${count}`}</p>
      <button type="button" onClick={() => setCount(count + 1)}>
        Update
      </button>
    </main>
  );
}

render(<Floor />, document.getElementById('app')!);
