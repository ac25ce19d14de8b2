import { render } from 'preact';
import { SidePanelApp } from '../../components/side-panel/SidePanelApp';
import '../../components/shared/theme.css';
import '../../components/side-panel/side-panel.css';

const params = new URLSearchParams(location.search);
render(
  <SidePanelApp initialPairingId={params.get('pairing') ?? undefined} meetCode={params.get('meet') ?? undefined} />,
  document.getElementById('app')!,
);
