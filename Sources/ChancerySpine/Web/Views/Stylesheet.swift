/// The one stylesheet, served at `/assets/chancery.css`, with a print stylesheet that keeps the banners.
package enum Stylesheet {
    package static let css = """
        :root { --ink: #1b1f24; --muted: #5b6470; --line: #d5dae0; --accent: #0b4f8a; --bg: #f6f7f9; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
        .skip-link { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem 1rem; }
        .skip-link:focus { left: 1rem; z-index: 10; }
        .classification-banner { text-align: center; font-weight: 700; letter-spacing: .04em; padding: .3rem .5rem; color: #fff; }
        .banner-nu { background: #2e7d32; } .banner-nr { background: #546e7a; } .banner-nc { background: #1565c0; }
        .banner-ns { background: #c62828; } .banner-cts { background: #f9a825; color: #1b1f24; }
        .masthead { display: flex; gap: 1.5rem; align-items: center; padding: .75rem 1.5rem; background: #fff; border-bottom: 1px solid var(--line); }
        .brand { font-weight: 700; font-size: 1.2rem; color: var(--accent); text-decoration: none; margin-right: auto; }
        .languages form { margin: 0; display: flex; gap: .5rem; } .languages button { padding: 0; background: none; color: inherit; text-decoration: underline; } .languages button[aria-current] { font-weight: 700; text-decoration: none; }
        .account { display: flex; gap: .75rem; align-items: center; } .account form { margin: 0; }
        main { max-width: 64rem; margin: 0 auto; padding: 1.5rem; }
        a { color: var(--accent); }
        a:focus, button:focus, input:focus { outline: 3px solid #ffbf47; outline-offset: 2px; }
        .card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 1rem 1.25rem; margin: 1rem 0; }
        .offices { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem; }
        .offices .card { margin: 0; } .muted { color: var(--muted); font-size: .9rem; }
        .profile { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0; } .profile dt { color: var(--muted); }
        table { border-collapse: collapse; width: 100%; background: #fff; }
        th, td { text-align: left; vertical-align: top; padding: .5rem; border-bottom: 1px solid var(--line); }
        .marking { font-size: .8rem; font-weight: 700; padding: .1rem .4rem; border-radius: 3px; color: #fff; } .marking.banner-cts { color: #1b1f24; }
        .stacked { display: grid; gap: .5rem; max-width: 22rem; }
        input[type=text], input[type=password] { padding: .5rem; border: 1px solid #8a939e; border-radius: 4px; font: inherit; }
        button { padding: .5rem 1rem; border: 0; border-radius: 4px; background: var(--accent); color: #fff; font: inherit; cursor: pointer; }
        .error { color: #b71c1c; font-weight: 600; } .notice { color: #1b5e20; }
        .site-menu { background: #fff; border-bottom: 1px solid var(--line); padding: .4rem 1.5rem; }
        .site-menu ul, .office-menu ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
        .office-menu { max-width: 64rem; margin: .75rem auto 0; padding: 0 1.5rem; display: flex; flex-wrap: wrap; gap: .5rem 2.5rem; }
        .menu-heading { display: block; font-size: .8rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
        .site-menu a[aria-current=page], .office-menu a[aria-current=page] { font-weight: 700; color: var(--ink); text-decoration: none; border-bottom: 3px solid var(--accent); }
        .masthead-search { margin-left: auto; } .masthead-search input { width: 16rem; }
        .search-results { display: grid; grid-template-columns: minmax(10rem, 14rem) 1fr; gap: 1.5rem; align-items: start; }
        .facet h2 { font-size: 1rem; margin: .75rem 0 .25rem; } .facet ul { list-style: none; padding: 0; margin: 0; }
        .hits { padding-left: 1.5rem; } .hit { margin-bottom: 1rem; } .hit-title { font-weight: 600; margin: 0 .5rem; }
        .snippet { margin: .25rem 0 0; } .snippet mark { background: #fff3b0; padding: 0 .1em; }
        .queues { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: .75rem; }
        .queues .card { margin: 0; display: flex; justify-content: space-between; } .count { font-weight: 700; }
        .queues .card.task { display: block; } .task p { margin: 0 0 .25rem; }
        .figures { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: .75rem; margin: 1rem 0; }
        .figures > li { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; }
        .report-table { font-size: .9rem; } .report-table th, .report-table td { padding: .4rem .35rem; }
        .limits-table select { max-width: 13rem; } .limits-table input[type=text] { width: 8.5rem; }
        .limits-table input[type=number] { width: 4.5rem; }
        .figure-label { display: block; color: var(--muted); } .figure-value { display: block; margin-top: .25rem; font-size: 1.5rem; font-weight: 700; }
        .form-grid { display: grid; grid-template-columns: minmax(10rem, max-content) minmax(0, 28rem); gap: .5rem 1rem; align-items: center; }
        .form-grid fieldset, .form-grid .help, .form-grid button { grid-column: 2; } .help { margin: 0; color: var(--muted); font-size: .85rem; }
        .inline-form { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: .5rem 0; } .inline { margin-right: 1rem; }
        select, input[type=date] { padding: .45rem; border: 1px solid #8a939e; border-radius: 4px; font: inherit; }
        textarea, input[type=number], input[type=email], input[type=url], input[type=datetime-local] { padding: .45rem; border: 1px solid #8a939e; border-radius: 4px; font: inherit; max-width: 100%; }
        form p > label:first-child { display: inline-block; min-width: 12rem; margin-right: .75rem; vertical-align: top; padding-top: .45rem; }
        button.danger { background: #b71c1c; } button.secondary { background: #fff; color: var(--accent); border: 1px solid var(--accent); }
        .slots { display: flex; flex-wrap: wrap; gap: .35rem; margin: .25rem 0; } input[type=time] { padding: .45rem; border: 1px solid #8a939e; border-radius: 4px; font: inherit; }
        .error-summary { border: 3px solid #b71c1c; background: #fff; padding: .5rem 1rem; margin: 1rem 0; }
        [aria-invalid=true] { border: 2px solid #b71c1c !important; }
        .cover-sheet { background: #fff; padding: 2rem; border: 3px double #000; } .cover-marking { font-size: 1.6rem; font-weight: 700; text-align: center; }
        .page-frame, .page-frame > thead, .page-frame > tbody, .page-frame > tfoot, .page-frame > * > tr, .page-frame > * > tr > td { display: block; width: 100%; padding: 0; border: 0; background: none; }
        @page { margin: 1.2cm 1.5cm; }
        @media print {
          .masthead, .skip-link, .languages, .account, .site-menu, .office-menu, .no-print, form, .notice, .error-summary, [role=status], .pager, button { display: none !important; }
          .page-frame { display: table; } .page-frame > thead { display: table-header-group; } .page-frame > tfoot { display: table-footer-group; }
          .page-frame > tbody { display: table-row-group; } .page-frame > * > tr { display: table-row; } .page-frame > * > tr > td { display: table-cell; }
          .classification-banner { color: #000 !important; background: none !important; border: 2px solid #000; }
          body { background: #fff; } main { max-width: none; padding: .5rem 0; } a { color: inherit; text-decoration: none; }
          .card { border: 1px solid #000; break-inside: avoid; }
        }
        """
}
