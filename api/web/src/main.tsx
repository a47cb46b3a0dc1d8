import { render } from 'preact';

render(<main>Vigil 舆情哨兵 · 工作台</main>, document.getElementById('app')!);
