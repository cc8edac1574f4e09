import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PageScan } from '../lib/model/candidate';
import type { LeadSource } from '../lib/model/lead-source';
import type { Settings } from '../lib/model/settings';
import type { RowPreview } from './CandidateRow';
import { CapturePanel } from './CapturePanel';

type Choices = { source: LeadSource; tags: string[]; overrideSuppressed?: boolean };

export interface PopupAppProps {
  scan: () => Promise<PageScan>;
  loadSettings: () => Promise<Settings>;
  preview: (scan: PageScan, choices: Choices) => Promise<RowPreview[]>;
  capture: (scan: PageScan, indexes: number[], choices: Choices) => Promise<{ fullName: string; outcome: string }[]>;
  openSidePanel: () => Promise<void>;
  /** The current site and whether auto-detect is on there; undefined on pages LeadClip cannot read. */
  loadSite: () => Promise<{ origin: string; autoDetect: boolean } | undefined>;
  setAutoDetect: (origin: string, on: boolean) => Promise<boolean>;
}

type State =
  | { phase: 'scanning' }
  | { phase: 'error'; message: string }
  | { phase: 'ready'; scan: PageScan; previews: RowPreview[] };

/** The toolbar popup: scan the page on open, show who is there, capture them. */
export function PopupApp(props: PopupAppProps) {
  const [state, setState] = useState<State>({ phase: 'scanning' });
  const [choices, setChoices] = useState<Choices>({ source: 'web', tags: [] });
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [site, setSite] = useState<{ origin: string; autoDetect: boolean } | undefined>();

  const refresh = useCallback(
    async (scan: PageScan, c: Choices) => {
      const previews = await props.preview(scan, c);
      setState({ phase: 'ready', scan, previews });
    },
    [props.preview],
  );

  useEffect(() => {
    (async () => {
      try {
        const s = await props.loadSettings();
        const c = { source: s.lastSource, tags: s.lastTags };
        setChoices(c);
        props.loadSite().then(setSite, () => setSite(undefined));
        await refresh(await props.scan(), c);
      } catch (error) {
        setState({ phase: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    })();
  }, [props.loadSettings, props.scan, props.loadSite, refresh]);

  const onCapture = async (indexes: number[], overrideSuppressed = false) => {
    if (state.phase !== 'ready') return;
    setBusy(true);
    try {
      const results = await props.capture(
        state.scan,
        indexes,
        overrideSuppressed ? { ...choices, overrideSuppressed: true } : choices,
      );
      const written = results.filter((r) => r.outcome !== 'saved' && r.outcome !== 'suppressed');
      const skipped = results.length - written.length - results.filter((r) => r.outcome === 'saved').length;
      const saved =
        written.length === 1 ? `Saved ${written[0]?.fullName || 'the lead'}` : `Saved ${written.length} leads`;
      setStatus(skipped > 0 ? `${saved}; ${skipped} forgotten ${skipped === 1 ? 'person' : 'people'} skipped` : saved);
      await refresh(state.scan, choices);
    } catch (error) {
      setStatus(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="popup">
      <header class="bar">
        <h1>LeadClip</h1>
        <button type="button" class="secondary" onClick={() => void props.openSidePanel()}>
          Open workspace
        </button>
      </header>
      {status && (
        <div class="toolbar" role="status" data-testid="capture-status">
          {status}
        </div>
      )}
      {state.phase === 'scanning' && <div class="empty">Looking for people on this page…</div>}
      {state.phase === 'error' && (
        <div class="error" role="alert">
          {state.message}
        </div>
      )}
      {state.phase === 'ready' && (
        <CapturePanel
          pageTitle={state.scan.pageTitle}
          candidates={state.scan.candidates}
          previews={state.previews}
          source={choices.source}
          busy={busy}
          tags={choices.tags}
          onSourceChange={(source) => setChoices({ ...choices, source })}
          onTagsChange={(tags) => setChoices({ ...choices, tags })}
          onCapture={(i, override) => void onCapture(i, override)}
        />
      )}
      {site && (
        <footer class="toolbar">
          <label class="switch" title="Count the people on every page of this site and offer a save button on profiles">
            <input
              type="checkbox"
              checked={site.autoDetect}
              data-testid="auto-detect"
              onChange={async (e) => {
                const on = e.currentTarget.checked;
                const granted = await props.setAutoDetect(site.origin, on);
                setSite({ ...site, autoDetect: on ? granted : !granted });
              }}
            />
            Auto-detect people on {new URL(site.origin).host}
          </label>
        </footer>
      )}
    </main>
  );
}
