import { render } from 'preact';

render(<main>Vigil 设置</main>, document.getElementById('app')!);
