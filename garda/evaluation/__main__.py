from garda.evaluation.cli import app

app(prog_name="garda eval")
