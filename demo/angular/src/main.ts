// Angular with the element used as it is: CUSTOM_ELEMENTS_SCHEMA lets the
// template hold <instant-pdf-viewer>, [src] and [instantJson] are property
// bindings, (annotations-changed) listens to the element's CustomEvent, and a
// signal keeps the Instant JSON. No wrapper component.
//
// To keep the demo's toolchain to esbuild, the component is compiled just in
// time in the browser (hence the @angular/compiler import first) and runs
// without zone.js. An Angular CLI app is written the same way and compiled
// ahead of time.
import '@angular/compiler';
import 'instant-pdf-viewer';
import { Component, CUSTOM_ELEMENTS_SCHEMA, computed, enableProdMode, provideZonelessChangeDetection, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import type { AnnotationsChangedDetail, InstantJson } from 'instant-pdf-viewer';
import { SAVED } from './saved.js';

@Component({
  selector: 'app-root',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <header>
      <h1>Angular</h1>
      <p>Annotations in Angular state: <output id="annotation-count">{{ count() }}</output></p>
    </header>
    <instant-pdf-viewer
      [src]="src"
      [instantJson]="initial"
      assets-url="./pdfjs/"
      zoom="fit-width"
      (annotations-changed)="onAnnotationsChanged($event)"
    ></instant-pdf-viewer>
    <pre id="instant-json">{{ text() }}</pre>
  `,
})
class AppComponent {
  readonly src = './sample.pdf';
  // What the element starts from: given once. Binding the signal itself to
  // [instantJson] would re-import every change (and fire the event again).
  readonly initial = SAVED;
  readonly instantJson = signal<InstantJson>(SAVED);
  readonly count = computed(() => this.instantJson().annotations?.length ?? 0);
  readonly text = computed(() => JSON.stringify(this.instantJson(), null, 2));

  onAnnotationsChanged(event: Event): void {
    this.instantJson.set((event as CustomEvent<AnnotationsChangedDetail>).detail.instantJson);
  }
}

enableProdMode();
bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] }).catch((error) => console.error(error));
