package org.claimstat.report;

/** The report's CSS, scoped to {@code .claimstat-report} so a notebook page keeps its own look. */
final class ReportStyle {
    static final String CSS = """
            .claimstat-report{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1b1b1b;\
            max-width:1600px;margin:0 auto;padding:20px 24px}
            .claimstat-report h1{font-size:26px;margin:0 0 6px}
            .claimstat-report h2{font-size:20px;margin:28px 0 6px;border-bottom:1px solid #ddd;padding-bottom:4px}
            .claimstat-report h3{font-size:16px;margin:14px 0 4px}
            .claimstat-report .meta,.claimstat-report .small,.claimstat-report footer{color:#555;font-size:13px}
            .claimstat-report .summary{font-weight:600}
            .claimstat-report nav{background:#f4f6f8;padding:8px 12px;border-radius:6px;font-size:14px}
            .claimstat-report nav summary{cursor:pointer}
            .claimstat-report nav p{margin:6px 0 0}
            .claimstat-report a{color:#0b5cad}
            .claimstat-report table{border-collapse:collapse;font-size:13px;width:100%}
            .claimstat-report th,.claimstat-report td{border-bottom:1px solid #e3e3e3;padding:4px 6px;text-align:left;vertical-align:top}
            .claimstat-report th{background:#f4f6f8;font-weight:600}
            .claimstat-report td.num,.claimstat-report th.num{text-align:right;font-variant-numeric:tabular-nums}
            .claimstat-report td.quote{font-style:italic;color:#333}
            .claimstat-report tr:target{background:#fff6c7}
            .claimstat-report li:target{background:#fff6c7}
            .claimstat-report .pair{display:grid;grid-template-columns:1fr;gap:16px;align-items:start}
            @media (min-width:1200px){.claimstat-report .pair{grid-template-columns:minmax(0,720px) minmax(0,1fr)}}
            .claimstat-report .table-wrap{overflow-x:auto}
            .claimstat-report figure.chart{margin:0;max-width:720px;min-width:0}
            .claimstat-report figure.chart.small{max-width:640px}
            .claimstat-report figure.chart svg{width:100%;height:auto;display:block}
            .claimstat-report .more{display:flex;flex-wrap:wrap;gap:16px;margin-top:12px}
            .claimstat-report .more figure.chart{flex:1 1 600px}
            .claimstat-report ul.findings{padding-left:0;list-style:none}
            .claimstat-report li.finding{padding:6px 8px;border-left:4px solid #999;margin:4px 0;background:#fafafa}
            .claimstat-report li.finding.conflict{border-color:#c00000}
            .claimstat-report li.finding.warning{border-color:#d98a00}
            .claimstat-report li.finding.info{border-color:#3a7bd5}
            .claimstat-report .badge{display:inline-block;font-size:12px;padding:0 6px;border-radius:8px;color:#fff;background:#777;\
            text-decoration:none;margin:1px 0}
            .claimstat-report .badge.conflict{background:#c00000}
            .claimstat-report .badge.warning{background:#b36b00}
            .claimstat-report .badge.info{background:#2f6fbf}
            .claimstat-report h3.conflict{color:#a00000}
            .claimstat-report h3.warning{color:#8a5300}
            .claimstat-report table.claims{font-size:12.5px}
            .claimstat-report table.claims td{overflow-wrap:break-word}
            .claimstat-report table.claims .badge{font-size:11px;overflow-wrap:normal}
            .claimstat-report .wire{color:#c55a11}
            .claimstat-report .none{color:#555;font-style:italic}
            .claimstat-report footer{margin-top:32px;border-top:1px solid #ddd;padding-top:8px}
            .claimstat-report dl.stats{display:flex;flex-wrap:wrap;gap:8px;margin:12px 0}
            .claimstat-report .stat{background:#f4f6f8;border-radius:6px;padding:6px 12px;min-width:92px}
            .claimstat-report .stat dt{font-size:12px;color:#555}
            .claimstat-report .stat dd{margin:0;font-size:22px;font-weight:700}
            .claimstat-report .stat.conflict dd{color:#a00000}
            .claimstat-report .stat.warning dd{color:#8a5300}
            .claimstat-report li.finding p{margin:0 0 4px}
            .claimstat-report details.group{margin:6px 0}
            .claimstat-report details.group>summary{cursor:pointer;color:#0b5cad;padding:4px 0}
            .claimstat-report details.group>summary h3{display:inline}
            .claimstat-report table.named{font-size:12.5px;margin:4px 0}
            .claimstat-report table.named td.num{white-space:nowrap}
            .claimstat-report .finding-body{display:grid;grid-template-columns:minmax(0,1fr);gap:4px 12px;align-items:start;\
            grid-template-areas:"head" "chart" "explain" "table"}
            .claimstat-report .finding-body>p.headline{grid-area:head}
            .claimstat-report .finding-body>p.explain{grid-area:explain}
            .claimstat-report .finding-body>figure.chart{grid-area:chart}
            .claimstat-report .finding-body>.table-wrap{grid-area:table}
            .claimstat-report li.finding p.headline{font-size:15.5px;margin:2px 0}
            @media (min-width:1100px){.claimstat-report .finding-body.with-chart{grid-template-columns:minmax(0,1fr) minmax(0,560px);\
            grid-template-rows:auto 1fr auto;grid-template-areas:"head chart" "explain chart" "table table"}}
            .claimstat-report input.filter{font:inherit;font-size:13px;padding:3px 6px;margin:4px 0;width:min(320px,100%)}
            .claimstat-report th[aria-sort]{text-decoration:underline}
            .claimstat-report p,.claimstat-report li,.claimstat-report summary{overflow-wrap:anywhere}
            .claimstat-report td{overflow-wrap:break-word}
            .claimstat-report th{overflow-wrap:normal}
            .claimstat-report nav a{white-space:nowrap}
            @media (max-width:640px){
            .claimstat-report{padding:12px 10px;font-size:14px}
            .claimstat-report h1{font-size:21px}
            .claimstat-report table.cards,.claimstat-report table.cards tbody,.claimstat-report table.cards tr,            .claimstat-report table.cards td{display:block;width:auto}
            .claimstat-report table.cards thead{display:none}
            .claimstat-report table.cards tr{border:1px solid #e3e3e3;border-radius:6px;margin:6px 0;padding:4px}
            .claimstat-report table.cards td{border:0;padding:2px 4px;text-align:left}
            .claimstat-report table.cards td[data-label]::before{content:attr(data-label) ": ";font-weight:600;            font-style:normal;color:#555}
            .claimstat-report nav a{white-space:normal}
            }
            """;

    private ReportStyle() {
    }
}
