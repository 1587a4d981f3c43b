import { BarChart, LineChart } from "echarts/charts";
import {
  AriaComponent,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
} from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

// Only what the dashboards draw, so the chart chunk stays small; SVG keeps bars crisp on wall screens.
echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  DataZoomComponent,
  AriaComponent,
  SVGRenderer,
]);

export type ChartOption = echarts.EChartsCoreOption;

/** What a click on a bar or point tells: its series and its category (the x-axis value). */
export interface ChartClick {
  seriesName: string;
  name: string;
  dataIndex: number;
}

interface ChartProps {
  option: ChartOption;
  /** What the chart shows, for people who cannot see it; the data is also in a table beside it. */
  label: string;
  height?: number;
  onClick?: (click: ChartClick) => void;
  testId?: string;
}

/**
 * An Apache ECharts chart. The chart is a picture (role=img); the same figures are always offered as a
 * table with links, so keyboard and screen-reader users drill down from there.
 */
export function Chart({ option, label, height = 280, onClick, testId }: ChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  useEffect(() => {
    const el = element.current;
    if (!el) return;
    const instance = echarts.init(el, undefined, { renderer: "svg" });
    chart.current = instance;
    instance.on("click", (params) => {
      const p = params as unknown as ChartClick;
      clickRef.current?.({ seriesName: p.seriesName, name: p.name, dataIndex: p.dataIndex });
    });
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(el);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      { animation: false, aria: { enabled: true, label: { description: label } }, ...option },
      true,
    );
  }, [option, label]);

  return (
    <div ref={element} role="img" aria-label={label} data-testid={testId} style={{ width: "100%", height }} />
  );
}
