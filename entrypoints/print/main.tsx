import { render } from 'preact';
import { PrintApp } from '../../components/print/PrintApp';
import '../../components/shared/theme.css';
import '../../components/print/print.css';

// An unlisted page: Options → Data opens /print.html?pairing=<id>[&private=1] for the browser's print to PDF.
const query = new URLSearchParams(location.search);
render(<PrintApp pairingId={query.get('pairing')} includePrivate={query.get('private') === '1'} />, document.getElementById('app')!);
