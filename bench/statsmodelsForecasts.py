"""
statsmodels' Holt-Winters forecasts of BASELINE's held-out tests, the reference a data scientist
would use: ExponentialSmoothing(trend='add', seasonal='mul' — 'add' where a month is 0 or less, as
statsmodels requires — seasonal_periods=12), fitted with its defaults (initialization_method=
'estimated'), 12 months forecast, never below 0. Writes bench/statsmodelsForecasts.json, which
bench/baseline.bench.ts reads. Run again when the datasets or the tests change:

    node --import tsx bench/baseline.bench.ts --export /tmp/held-out.json
    python3 bench/statsmodelsForecasts.py /tmp/held-out.json    # needs statsmodels (pip)
"""
import json
import sys
import warnings
from pathlib import Path

import numpy as np
import statsmodels
from statsmodels.tsa.holtwinters import ExponentialSmoothing

warnings.filterwarnings("ignore")
sets = json.loads(Path(sys.argv[1]).read_text())
out = {}
for name, tests in sets.items():
    out[name] = []
    for test in tests:
        history = np.asarray(test["history"], float)
        seasonal = "add" if (history <= 0).any() else "mul"
        fit = ExponentialSmoothing(history, trend="add", seasonal=seasonal, seasonal_periods=12, initialization_method="estimated").fit()
        out[name].append({"held": test["held"], "forecast": [round(float(v), 6) for v in np.maximum(fit.forecast(12), 0)]})
target = Path(__file__).with_name("statsmodelsForecasts.json")
target.write_text(json.dumps({"statsmodels": statsmodels.__version__, "sets": out}) + "\n")
print(f"Wrote {target} (statsmodels {statsmodels.__version__}).")
