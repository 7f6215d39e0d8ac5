// Peer page: the app's own Markdown renderer alone (block splitter + memoised blocks), with the
// app's Markdown styles.
import { StreamingMarkdown } from '../../../renderer/src/markdown/streaming-markdown';
import '../../../renderer/src/styles/base.css';
import '../../../renderer/src/styles/markdown.css';
import { mountPeer } from './peer-root';

mountPeer((text, streaming) => <StreamingMarkdown text={text} streaming={streaming} />);
