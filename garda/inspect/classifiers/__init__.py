"""Built-in use classifiers (SOP 682.35, 682.30.3.b, 682.20 D); declared in garda.inspect.registry."""
