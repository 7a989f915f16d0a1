// React 19 renders <instant-pdf-viewer> like any element: props that the
// element has (src, instantJson) are set as properties, `on<event-name>` props
// become event listeners. No wrapper component.
import 'instant-pdf-viewer';
import { useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { SAVED } from './saved.js';

function App() {
  // What the element starts from: given once. Feeding every change back into
  // `instantJson` would re-import it (and fire annotations-changed again).
  const [initial] = useState(SAVED);
  const [instantJson, setInstantJson] = useState(SAVED);
  const onAnnotationsChanged = useCallback((event) => setInstantJson(event.detail.instantJson), []);
  const count = instantJson.annotations?.length ?? 0;

  return (
    <>
      <header>
        <h1>React 19</h1>
        <p>
          Annotations in React state: <output id="annotation-count">{count}</output>
        </p>
      </header>
      <instant-pdf-viewer
        src="./sample.pdf"
        instantJson={initial}
        assets-url="./pdfjs/"
        zoom="fit-width"
        onannotations-changed={onAnnotationsChanged}
      ></instant-pdf-viewer>
      <pre id="instant-json">{JSON.stringify(instantJson, null, 2)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
