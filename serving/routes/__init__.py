"""The service's blueprints, registered by `serving.app.create_app`."""
