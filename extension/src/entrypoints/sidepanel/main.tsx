import { render } from 'preact';

render(<main>Vigil 舆情哨兵</main>, document.getElementById('app')!);
