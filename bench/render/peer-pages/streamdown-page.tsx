// Peer page: streamdown (the renderer LobeHub and the AI SDK's examples use), in its streaming
// mode, fed the same way as the app's renderer.
import { Streamdown } from 'streamdown';
import { mountPeer } from './peer-root';

mountPeer((text, streaming) => (
  <Streamdown mode="streaming" isAnimating={streaming}>
    {text}
  </Streamdown>
));
