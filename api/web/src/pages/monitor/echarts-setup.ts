import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

// Loaded only by the 舆情监测 pages (a dynamic import, its own chunk): ECharts tree-shaken to the three chart kinds
// and four components the charts use (issue 11; notes B(iii)).
echarts.use([LineChart, BarChart, PieChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer]);
export { echarts };
