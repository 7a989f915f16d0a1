// Vue 3 with the element used as it is: `isCustomElement` tells Vue's template
// compiler not to resolve <instant-pdf-viewer> as a Vue component, `.prop`
// sets `src` and `instantJson` as DOM properties, and @annotations-changed
// listens to the element's CustomEvent. No wrapper component.
//
// The template is compiled in the browser (the `vue` alias in build.mjs points
// at Vue's full build), so the app needs no SFC tooling; with .vue files, put
// the same `isCustomElement` in the Vue plugin's `template.compilerOptions`.
import 'instant-pdf-viewer';
import { computed, createApp, shallowRef } from 'vue';
import { SAVED } from './saved.js';

const app = createApp({
  setup() {
    // What the element starts from: given once. Binding the state itself to
    // `instantJson` would re-import every change (and fire the event again).
    const initial = SAVED;
    const instantJson = shallowRef(SAVED);
    const count = computed(() => instantJson.value.annotations?.length ?? 0);
    const text = computed(() => JSON.stringify(instantJson.value, null, 2));
    const onAnnotationsChanged = (event) => {
      instantJson.value = event.detail.instantJson;
    };
    return { initial, count, text, onAnnotationsChanged };
  },
  template: `
    <header>
      <h1>Vue 3</h1>
      <p>Annotations in Vue state: <output id="annotation-count">{{ count }}</output></p>
    </header>
    <instant-pdf-viewer
      :src.prop="'./sample.pdf'"
      :instantJson.prop="initial"
      assets-url="./pdfjs/"
      zoom="fit-width"
      @annotations-changed="onAnnotationsChanged"
    ></instant-pdf-viewer>
    <pre id="instant-json">{{ text }}</pre>
  `,
});
app.config.compilerOptions.isCustomElement = (tag) => tag === 'instant-pdf-viewer';
app.mount('#app');
